import { hashUserId } from "../adapters/hash-user-id.js";
import { createInFlight } from "../adapters/in-flight.js";
import { createRecentAnswers } from "../adapters/recent-answers.js";
import type { AdapterLogger } from "../adapters/adapter-logger.js";
import { createDiscordTransport } from "../adapters/discord/create-discord-transport.js";
import { createSlackTransport } from "../adapters/slack/create-slack-transport.js";
import type { Engine } from "../engine/engine.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { TransportStarters } from "./start-transports.js";

export interface ChatTransportDeps {
  engine: Engine;
  feedbackStore: FeedbackStore;
  logger: AdapterLogger;
  /**
   * The store's salted pseudonymizer, so feedback and audit name a user by the same hash. Optional
   * for callers without a store; the fallback is a fixed-salt hash.
   */
  hashUser?: (platform: string, userId: string) => string;
  /** Runs the terminal chat until the user quits (injected: it lives in the terminal adapter). */
  runTerminal(): Promise<unknown>;
}

/** Builds the platform clients; called only from the composition root. */
export function createTransportStarters(deps: ChatTransportDeps): TransportStarters {
  const recentAnswers = createRecentAnswers();
  const hashUser = deps.hashUser ?? ((platform: string, id: string) => hashUserId(platform, id));
  return {
    async slack(config) {
      const transport = createSlackTransport(config, {
        engine: deps.engine, feedbackStore: deps.feedbackStore, logger: deps.logger, recentAnswers,
        inFlight: createInFlight(), hashUser, now: Date.now,
      });
      const { port } = await transport.start();
      return {
        name: "slack",
        label: config.mode === "socket" ? "Slack（Socket 模式）" : `Slack（HTTP 模式，端口 ${port ?? config.port}，路径 /slack/events）`,
        stop: () => transport.stop(),
      };
    },
    async discord(config) {
      const transport = createDiscordTransport(config, { engine: deps.engine, logger: deps.logger, inFlight: createInFlight() });
      await transport.start();
      return { name: "discord", label: "Discord", stop: () => transport.stop() };
    },
    async terminal() {
      return { name: "terminal", label: "终端聊天（未配置 Slack 或 Discord）", done: deps.runTerminal(), stop: async () => undefined };
    },
  };
}
