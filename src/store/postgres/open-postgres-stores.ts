import { createUserHasher } from "../user-hasher.js";
import { DEFAULT_CONVERSATION_BOUNDS, type ConversationBounds } from "../conversation-store.js";
import type { PruneCounts, ReplicaStores, StoreBackend } from "../store-backend.js";
import { createPgPool, type PgPool, type PgPoolOptions } from "./create-pg-pool.js";
import { createPgAuditLog, type PgAuditLog } from "./pg-audit-log.js";
import { createPgButtonPayloadStore } from "./pg-button-payload-store.js";
import { createPgConversationStore } from "./pg-conversation-store.js";
import { createPgEventDedupeStore } from "./pg-event-dedupe-store.js";
import { createPgFeedbackStore, type PgFeedbackStore } from "./pg-feedback-store.js";
import { migratePostgres } from "./pg-migrations.js";
import { createPgRateWindowStore } from "./pg-rate-window-store.js";
import { createPgShardLeaseStore } from "./pg-shard-lease-store.js";
import { describePgUrl, formatPgTarget } from "./pg-target.js";
import { PostgresUnavailableError } from "./postgres-unavailable-error.js";

export interface PostgresStores extends StoreBackend, ReplicaStores {
  kind: "postgres";
  pool: PgPool;
  audit: PgAuditLog;
  feedback: PgFeedbackStore;
  /** The salted pseudonym key every replica shares (meta.user_salt). */
  userSalt: string;
}

export interface PostgresStoresOptions {
  url: string;
  retentionDays: number;
  now?: () => number;
  conversationBounds?: ConversationBounds;
  /** Rate-limit hits older than this are swept (the longest window in use). */
  rateWindowMs?: number;
  pool?: PgPoolOptions;
}

/**
 * Connects, applies the schema migrations (once, under the advisory lock) and reads the shared salt.
 * Any failure here is a PostgresUnavailableError naming the host: the caller decides to exit.
 */
export async function openPostgresStores(options: PostgresStoresOptions): Promise<PostgresStores> {
  const target = describePgUrl(options.url);
  const now = options.now ?? Date.now;
  const bounds = options.conversationBounds ?? DEFAULT_CONVERSATION_BOUNDS;
  const pool = createPgPool(options.url, options.pool);
  let salt: string | undefined;
  try {
    await migratePostgres(pool);
    salt = (await pool.query<{ value: string }>("SELECT value FROM meta WHERE key = 'user_salt'")).rows[0]?.value;
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof Error && /newer than this alubot/.test(err.message)) throw err;
    throw new PostgresUnavailableError(target, err);
  }
  if (!salt) {
    await pool.end().catch(() => undefined);
    throw new Error("store database has no user salt (meta.user_salt); refusing to hash ids without it");
  }
  const rateWindowMs = options.rateWindowMs ?? 60_000;
  let closed = false;
  return {
    kind: "postgres",
    location: formatPgTarget(target),
    pool,
    userSalt: salt,
    conversations: createPgConversationStore(pool, now, bounds),
    audit: createPgAuditLog(pool),
    feedback: createPgFeedbackStore(pool),
    hashUserId: createUserHasher(salt),
    eventDedupe: createPgEventDedupeStore(pool, now),
    buttonPayloads: createPgButtonPayloadStore(pool, now),
    rateWindows: createPgRateWindowStore(pool),
    shardLeases: createPgShardLeaseStore(pool),
    prune: () => prunePostgres(pool, now(), options.retentionDays, bounds.maxAgeMs, rateWindowMs),
    ping: async () => void (await pool.query("SELECT 1")),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** Retention for records, plus the TTL sweep of dedupe keys, button payloads and rate-limit hits. */
async function prunePostgres(pool: PgPool, now: number, retentionDays: number, conversationMaxAgeMs: number, rateWindowMs: number): Promise<PruneCounts> {
  const cutoff = now - retentionDays * 24 * 3600_000;
  const audit = await pool.query("DELETE FROM audit WHERE at < $1", [cutoff]);
  const feedback = await pool.query("DELETE FROM feedback WHERE at < $1", [cutoff]);
  const conversations = await pool.query("DELETE FROM conversations WHERE updated_at < $1", [now - conversationMaxAgeMs]);
  await sweepExpiredKeys(pool, now, rateWindowMs);
  return { audit: audit.rowCount ?? 0, feedback: feedback.rowCount ?? 0, conversations: conversations.rowCount ?? 0 };
}

/** Deletes dedupe keys and button payloads past their TTL and rate-limit hits past every window. */
export async function sweepExpiredKeys(pool: PgPool, now: number, rateWindowMs: number): Promise<{ dedupe: number; buttons: number; rateHits: number }> {
  const dedupe = await pool.query("DELETE FROM event_dedupe WHERE expires_at <= $1", [now]);
  const buttons = await pool.query("DELETE FROM button_payloads WHERE expires_at <= $1", [now]);
  const rateHits = await pool.query("DELETE FROM rate_hits WHERE at <= $1", [now - rateWindowMs]);
  return { dedupe: dedupe.rowCount ?? 0, buttons: buttons.rowCount ?? 0, rateHits: rateHits.rowCount ?? 0 };
}
