import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { ConversationLookup } from "../adapters/chat-adapter-deps.js";
import { createDiscordTransport } from "../adapters/discord/create-discord-transport.js";
import type { DocumentCatalog } from "../adapters/document-catalog.js";
import { hashUserId } from "../adapters/hash-user-id.js";
import { createInFlight } from "../adapters/in-flight.js";
import { createSlackTransport } from "../adapters/slack/create-slack-transport.js";
import type { Engine } from "../engine/engine.js";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { fetchRecommendedShardCount } from "../adapters/discord/fetch-recommended-shards.js";
import type { Readiness } from "../observability/readiness.js";
import type { ButtonPayloadStore } from "../store/button-payload-store.js";
import type { EventDedupeStore } from "../store/event-dedupe-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { ShardLeaseStore } from "../store/shard-lease-store.js";
import { createShardCoordinator } from "./discord-shard-coordinator.js";
import type { TransportStarters } from "./start-transports.js";
import { watchDiscordGateway } from "../adapters/discord/watch-discord-gateway.js";
import { watchSlackSocket } from "../adapters/slack/watch-slack-socket.js";

/** What the start command supplies; the composition root adds the stores (ChatTransportDeps). */
export interface ChatTransportRequest {
  engine: Engine;
  feedbackStore: FeedbackStore;
  logger: AdapterLogger;
  /** Runs the terminal chat until the user quits (injected: it lives in the terminal adapter). */
  runTerminal(): Promise<unknown>;
  /** Where each transport reports whether it can take messages (/healthz); optional for tests. */
  readiness?: Readiness;
}

export interface ChatTransportDeps extends ChatTransportRequest {
  /**
   * The store's salted pseudonymizer, so feedback and audit name a user by the same hash. Optional
   * for callers without a store; the fallback is a fixed-salt hash.
   */
  hashUser?: (platform: string, userId: string) => string;
  /** The engine's conversations (thread follow-ups, pending checks behind check buttons). */
  conversations: ConversationLookup;
  /** From the configured store: shared by every replica when it is PostgreSQL. */
  buttonPayloads: ButtonPayloadStore;
  /** Slack event ids, claimed before any work (dedupe-slack-events.ts); across replicas with PostgreSQL. */
  eventDedupe: EventDedupeStore;
  catalog: DocumentCatalog;
  /** Replicas: one Discord gateway session per shard, the owner elected through these leases. */
  discordShards?: { leases: ShardLeaseStore; shards: "auto" | number; leaseMs: number };
}

/** Builds the platform clients; called only from the composition root. */
export function createTransportStarters(deps: ChatTransportDeps): TransportStarters {
  const hashUser = deps.hashUser ?? ((platform: string, id: string) => hashUserId(platform, id));
  const track = (name: string) => deps.readiness?.track(name) ?? { set: () => undefined };
  // A fresh in-flight tracker per transport (and per Discord shard): each drains its own replies on stop.
  const adapterDeps = () => ({
    engine: deps.engine, feedbackStore: deps.feedbackStore, logger: deps.logger, inFlight: createInFlight(), hashUser, now: Date.now,
    conversations: deps.conversations, buttonPayloads: deps.buttonPayloads, eventDedupe: deps.eventDedupe, catalog: deps.catalog,
  });
  return {
    async slack(config) {
      const ready = track("slack");
      const transport = createSlackTransport(config, adapterDeps());
      watchSlackSocket(transport.app, ready);
      // start() resolves once the socket is connected or the HTTP listener is bound.
      const { port } = await transport.start();
      ready.set(true);
      return {
        name: "slack",
        label: config.mode === "socket" ? "Slack（Socket 模式）" : `Slack（HTTP 模式，端口 ${port ?? config.port}，路径 /slack/events）`,
        stop: async () => {
          ready.set(false);
          await transport.stop();
        },
      };
    },
    async discord(config) {
      const ready = track("discord");
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
            const shard = createDiscordTransport(config, adapterDeps(), { shard: { id, count: shardCount } });
            await shard.start();
            return shard;
          },
        });
        const owned = await coordinator.start();
        // A replica holding no shard is still ready: it stands by to take one over.
        ready.set(true);
        const held = owned.length ? `本副本持有分片 ${owned.join("、")}` : "本副本暂未持有分片，待其他副本释放或失效后接管";
        return { name: "discord", label: `Discord（共 ${shardCount} 个分片，${held}）`, stop: async () => {
          ready.set(false);
          await coordinator.stop();
        } };
      }
      const transport = createDiscordTransport(config, adapterDeps());
      watchDiscordGateway(transport.client, ready);
      // start() resolves once the gateway session is ready.
      await transport.start();
      ready.set(true);
      return {
        name: "discord",
        label: "Discord",
        stop: async () => {
          ready.set(false);
          await transport.stop();
        },
      };
    },
    async terminal() {
      const ready = track("terminal");
      const done = deps.runTerminal();
      ready.set(true);
      return { name: "terminal", label: "终端聊天（未配置 Slack 或 Discord）", done, stop: async () => ready.set(false) };
    },
  };
}
