import type { RateWindowStore } from "../limits/rate-window-store.js";
import type { AuditLog, AuditRecord } from "./audit-log.js";
import type { ConversationStore } from "./conversation-store.js";
import type { FeedbackRecord, FeedbackStore } from "./feedback-store.js";
import type { EventDedupeStore } from "./postgres/pg-event-dedupe-store.js";
import type { ButtonPayloadStore } from "./postgres/pg-button-payload-store.js";
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
  hashUserId: HashUserId;
  /** Applies AppConfig.retentionDays (audit, feedback) and the conversation age bound; sweeps expired keys. */
  prune(): Promise<PruneCounts>;
  /** A cheap round trip, to notice that a lost network database is back when nothing is waiting to be written. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/** What only matters when several replicas share one database (PostgreSQL). */
export interface ReplicaStores {
  eventDedupe: EventDedupeStore;
  buttonPayloads: ButtonPayloadStore;
  rateWindows: RateWindowStore;
  shardLeases: ShardLeaseStore;
}
