import type { ChatAdapterDeps } from "../../src/adapters/chat-adapter-deps.js";
import { buildDocumentCatalog } from "../../src/adapters/document-catalog.js";
import { hashUserId } from "../../src/adapters/hash-user-id.js";
import { createInFlight } from "../../src/adapters/in-flight.js";
import { createMemoryButtonPayloadStore } from "../../src/store/button-payload-store.js";
import { createMemoryConversationStore, type ConversationStore } from "../../src/store/conversation-store.js";
import { createMemoryEventDedupeStore } from "../../src/store/event-dedupe-store.js";
import type { FeedbackRecord } from "../../src/store/feedback-store.js";
import { loadTestCorpus } from "./load-test-corpus.js";
import { createRecordingLogger, type RecordingLogger } from "./recording-logger.js";
import { createTestEngine, type TestEngine } from "./test-engine.js";

export interface AdapterTestKit {
  engine: TestEngine;
  feedback: FeedbackRecord[];
  logger: RecordingLogger;
  /** What the adapters look conversations up in (the test engine keeps its own history). */
  conversations: ConversationStore;
  deps: ChatAdapterDeps;
}

/** Adapter dependencies over the real corpus, with recording doubles for engine, store and logger. */
export function createAdapterTestKit(): AdapterTestKit {
  const corpus = loadTestCorpus();
  const engine = createTestEngine(corpus);
  const feedback: FeedbackRecord[] = [];
  const logger = createRecordingLogger();
  const conversations = createMemoryConversationStore();
  return {
    engine,
    feedback,
    logger,
    conversations,
    deps: {
      engine,
      feedbackStore: { saveFeedback: async (r) => void feedback.push(r) },
      logger,
      inFlight: createInFlight(),
      conversations,
      buttonPayloads: createMemoryButtonPayloadStore(),
      eventDedupe: createMemoryEventDedupeStore(),
      catalog: buildDocumentCatalog(corpus),
      hashUser: (platform, id) => hashUserId(platform, id),
      now: () => 1_700_000_000_000,
    },
  };
}
