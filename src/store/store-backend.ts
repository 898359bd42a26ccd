import type { RateWindowStore } from "../limits/rate-window-store.js";
import type { AuditLog, AuditRecord } from "./audit-log.js";
import type { ButtonPayloadStore } from "./button-payload-store.js";
import type { ConversationStore } from "./conversation-store.js";
import type { EventDedupeStore } from "./event-dedupe-store.js";
import type { FeedbackRecord, FeedbackStore } from "./feedback-store.js";
import type { ShardLeaseStore } from "./shard-lease-store.js";
import type { HashUserId } from "./user-hasher.js";

export interface PruneCounts {
  audit: number;
  feedback: number;
  conversations: number;
}

/**
 * One opened database, embedded (SQLite) or shared (PostgreSQL), seen through the same async
 * interfaces. The resilient layer (resilient-stores.ts) wraps it for the bot; `export` and
 * `migrate-store` read it directly.
 */
export interface StoreBackend {
  kind: "sqlite" | "postgres";
  /** Where the data is, for logs and messages: a file path or host:port/database, never a password. */
  location: string;
  conversations: ConversationStore;
  audit: AuditLog & {
    appendMany(entries: readonly AuditRecord[]): Promise<void>;
    /** Oldest first, at or after `since` (ms), streamed. */
    iterate(since?: number): AsyncIterable<AuditRecord & { id: number }>;
    count(): Promise<number>;
  };
  feedback: FeedbackStore & { list(since?: number): Promise<FeedbackRecord[]>; count(): Promise<number> };
  /** Slack event ids already claimed; on PostgreSQL one claim decides for every replica. */
  eventDedupe: EventDedupeStore;
  /** What the buttons on chat answers refer to; on PostgreSQL any replica can answer the click. */
  buttonPayloads: ButtonPayloadStore;
  hashUserId: HashUserId;
  /** Applies AppConfig.retentionDays (audit, feedback) and the conversation age bound; sweeps expired keys. */
  prune(): Promise<PruneCounts>;
  /** A cheap round trip, to notice that a lost network database is back when nothing is waiting to be written. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What only matters when several replicas share one database (PostgreSQL). Event dedupe and button
 * payloads matter to one process too (restarts), so every backend has them (StoreBackend).
 */
export interface ReplicaStores {
  rateWindows: RateWindowStore;
  shardLeases: ShardLeaseStore;
}
