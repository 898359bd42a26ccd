import { hashUserId } from "../adapters/hash-user-id.js";
import { createInFlight } from "../adapters/in-flight.js";
import { createRecentAnswers } from "../adapters/recent-answers.js";
import type { AdapterLogger } from "../adapters/adapter-logger.js";
import { createDiscordTransport } from "../adapters/discord/create-discord-transport.js";
import { createSlackTransport } from "../adapters/slack/create-slack-transport.js";
import type { Engine } from "../engine/engine.js";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { fetchRecommendedShardCount } from "../adapters/discord/fetch-recommended-shards.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { ShardLeaseStore } from "../store/shard-lease-store.js";
import { createShardCoordinator } from "./discord-shard-coordinator.js";
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
  /** Replicas: Slack event ids claimed once across replicas before any work (see claim-slack-event.ts). */
  eventDedupe?: { claim(key: string, ttlMs: number): Promise<boolean> };
  /** Replicas: one Discord gateway session per shard, the owner elected through these leases. */
  discordShards?: { leases: ShardLeaseStore; shards: "auto" | number; leaseMs: number };
}

/** Builds the platform clients; called only from the composition root. */
export function createTransportStarters(deps: ChatTransportDeps): TransportStarters {
  const recentAnswers = createRecentAnswers();
  const hashUser = deps.hashUser ?? ((platform: string, id: string) => hashUserId(platform, id));
  return {
    async slack(config) {
      const transport = createSlackTransport(config, {
        engine: deps.engine, feedbackStore: deps.feedbackStore, logger: deps.logger, recentAnswers,
        inFlight: createInFlight(), hashUser, now: Date.now, ...(deps.eventDedupe ? { eventDedupe: deps.eventDedupe } : {}),
      });
      const { port } = await transport.start();
      return {
        name: "slack",
        label: config.mode === "socket" ? "Slack（Socket 模式）" : `Slack（HTTP 模式，端口 ${port ?? config.port}，路径 /slack/events）`,
        stop: () => transport.stop(),
      };
    },
    async discord(config) {
      const sharding = deps.discordShards;
      if (sharding) {
        const shardCount = sharding.shards === "auto" ? await fetchRecommendedShardCount(config) : sharding.shards;
        const coordinator = createShardCoordinator({
          leases: sharding.leases,
          owner: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
          shardCount,
          leaseMs: sharding.leaseMs,
          logger: deps.logger,
          async startShard(id) {
            const shard = createDiscordTransport(config, { engine: deps.engine, logger: deps.logger, inFlight: createInFlight() }, { shard: { id, count: shardCount } });
            await shard.start();
            return shard;
          },
        });
        const owned = await coordinator.start();
        const held = owned.length ? `本副本持有分片 ${owned.join("、")}` : "本副本暂未持有分片，待其他副本释放或失效后接管";
        return { name: "discord", label: `Discord（共 ${shardCount} 个分片，${held}）`, stop: () => coordinator.stop() };
      }
      const transport = createDiscordTransport(config, { engine: deps.engine, logger: deps.logger, inFlight: createInFlight() });
      await transport.start();
      return { name: "discord", label: "Discord", stop: () => transport.stop() };
    },
    async terminal() {
      return { name: "terminal", label: "终端聊天（未配置 Slack 或 Discord）", done: deps.runTerminal(), stop: async () => undefined };
    },
  };
}
