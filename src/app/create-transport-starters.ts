import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { ConversationLookup } from "../adapters/chat-adapter-deps.js";
import { createDiscordTransport } from "../adapters/discord/create-discord-transport.js";
import type { DocumentCatalog } from "../adapters/document-catalog.js";
import { hashUserId } from "../adapters/hash-user-id.js";
import { createInFlight } from "../adapters/in-flight.js";
import { createSlackTransport } from "../adapters/slack/create-slack-transport.js";
import type { Engine } from "../engine/engine.js";
import type { ButtonPayloadStore } from "../store/button-payload-store.js";
import type { EventDedupeStore } from "../store/event-dedupe-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { TransportStarters } from "./start-transports.js";

/** What the start command supplies; the composition root adds the stores (ChatTransportDeps). */
export interface ChatTransportRequest {
  engine: Engine;
  feedbackStore: FeedbackStore;
  logger: AdapterLogger;
  /** Runs the terminal chat until the user quits (injected: it lives in the terminal adapter). */
  runTerminal(): Promise<unknown>;
}

export interface ChatTransportDeps extends ChatTransportRequest {
  /**
   * The store's salted pseudonymizer, so feedback and audit name a user by the same hash. Optional
   * for callers without a store; the fallback is a fixed-salt hash.
   */
  hashUser?: (platform: string, userId: string) => string;
  /** The engine's conversations (thread follow-ups, pending checks behind check buttons). */
  conversations: ConversationLookup;
  buttonPayloads: ButtonPayloadStore;
  eventDedupe: EventDedupeStore;
  catalog: DocumentCatalog;
}

/** Builds the platform clients; called only from the composition root. */
export function createTransportStarters(deps: ChatTransportDeps): TransportStarters {
  const hashUser = deps.hashUser ?? ((platform: string, id: string) => hashUserId(platform, id));
  const adapterDeps = () => ({
    engine: deps.engine, feedbackStore: deps.feedbackStore, logger: deps.logger, inFlight: createInFlight(), hashUser, now: Date.now,
    conversations: deps.conversations, buttonPayloads: deps.buttonPayloads, eventDedupe: deps.eventDedupe, catalog: deps.catalog,
  });
  return {
    async slack(config) {
      const transport = createSlackTransport(config, adapterDeps());
      const { port } = await transport.start();
      return {
        name: "slack",
        label: config.mode === "socket" ? "Slack（Socket 模式）" : `Slack（HTTP 模式，端口 ${port ?? config.port}，路径 /slack/events）`,
        stop: () => transport.stop(),
      };
    },
    async discord(config) {
      const transport = createDiscordTransport(config, adapterDeps());
      await transport.start();
      return { name: "discord", label: "Discord", stop: () => transport.stop() };
    },
    async terminal() {
      return { name: "terminal", label: "终端聊天（未配置 Slack 或 Discord）", done: deps.runTerminal(), stop: async () => undefined };
    },
  };
}
