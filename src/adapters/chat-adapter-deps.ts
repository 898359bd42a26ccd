import type { Engine } from "../engine/engine.js";
import type { ButtonPayloadStore } from "../store/button-payload-store.js";
import type { ConversationState } from "../store/conversation-store.js";
import type { EventDedupeStore } from "../store/event-dedupe-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { AdapterLogger } from "./adapter-logger.js";
import type { DocumentCatalog } from "./document-catalog.js";
import type { InFlight } from "./in-flight.js";

/**
 * Read access to the engine's conversations: whether a thread already is one (Slack answers untagged
 * replies only there) and the pending check a button answers. Sync or async, whichever the store is.
 */
export interface ConversationLookup {
  get(id: string): ConversationState | undefined | Promise<ConversationState | undefined>;
}

/** Everything the Slack and Discord handlers need; built by the composition root, faked in tests. */
export interface ChatAdapterDeps {
  engine: Engine;
  feedbackStore: FeedbackStore;
  logger: AdapterLogger;
  inFlight: InFlight;
  conversations: ConversationLookup;
  /** Button payloads live here, not in process memory: a restart must not expire a button. */
  buttonPayloads: ButtonPayloadStore;
  eventDedupe: EventDedupeStore;
  catalog: DocumentCatalog;
  hashUser(platform: string, userId: string): string;
  now(): number;
}
