import { randomBytes } from "node:crypto";
import type { PgClient, PgPool } from "./create-pg-pool.js";

/**
 * Ordered schema migrations for the shared PostgreSQL store; `schema_migrations` records each one
 * applied. Append only: never edit a released step, add a new one. Each step runs in a transaction
 * with its bookkeeping row, and all of them under one advisory lock, so replicas starting together
 * apply every step exactly once (the others wait, then find nothing left to do).
 *
 * The tables mirror the SQLite store's (src/store/sqlite/migrations.ts) plus what only replicas
 * need to share: Slack event dedupe keys, button payloads, rate-limit windows and Discord shard leases.
 */
export const PG_MIGRATIONS: ReadonlyArray<(c: PgClient) => Promise<void>> = [
  async (c) => {
    await c.query(`
      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE conversations (
        id text PRIMARY KEY,
        turns jsonb NOT NULL,
        pending_check jsonb,
        updated_at bigint NOT NULL
      );
      CREATE INDEX conversations_updated_at ON conversations (updated_at);
      CREATE TABLE feedback (
        id bigserial PRIMARY KEY,
        at bigint NOT NULL,
        platform text NOT NULL,
        channel_id text,
        user_hash text NOT NULL,
        rating text NOT NULL CHECK (rating IN ('up', 'down')),
        question text NOT NULL,
        answer text NOT NULL,
        citations jsonb NOT NULL
      );
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE audit (
        id bigserial PRIMARY KEY,
        at bigint NOT NULL,
        platform text NOT NULL,
        channel_id text,
        user_hash text NOT NULL,
        conversation_id text,
        question text NOT NULL,
        answer text NOT NULL,
        citations jsonb NOT NULL,
        mode text NOT NULL,
        out_of_scope boolean NOT NULL,
        latency_ms integer NOT NULL
      );
      CREATE INDEX audit_at ON audit (at, id);
      CREATE TABLE event_dedupe (key text PRIMARY KEY, expires_at bigint NOT NULL);
      CREATE INDEX event_dedupe_expires_at ON event_dedupe (expires_at);
      CREATE TABLE button_payloads (id text PRIMARY KEY, payload jsonb NOT NULL, expires_at bigint NOT NULL);
      CREATE INDEX button_payloads_expires_at ON button_payloads (expires_at);
      CREATE TABLE rate_hits (key text NOT NULL, at bigint NOT NULL);
      CREATE INDEX rate_hits_key_at ON rate_hits (key, at);
      CREATE INDEX rate_hits_at ON rate_hits (at);
      CREATE TABLE shard_leases (shard_id integer PRIMARY KEY, owner text NOT NULL, expires_at bigint NOT NULL);
    `);
    // As in SQLite, the user-id salt lives with the data it protects; every replica hashes with it.
    await c.query("INSERT INTO meta (key, value) VALUES ('user_salt', $1)", [randomBytes(32).toString("hex")]);
  },
  // 2: the short reason a user gives with a 👎 (SQLite migration 2 adds the same column).
  async (c) => {
    await c.query("ALTER TABLE feedback ADD COLUMN reason text");
  },
];

/** Arbitrary but fixed: the advisory lock every alubot replica takes while migrating. */
export const MIGRATION_LOCK_KEY = 7_211_215_001;

/** Brings the schema up to date; returns the version. Refuses a database from a newer alubot. */
export async function migratePostgres(pool: PgPool, migrations = PG_MIGRATIONS): Promise<number> {
  const c = await pool.connect();
  try {
    await c.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await c.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
      const { rows } = await c.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
      const current = rows[0]?.v ?? 0;
      if (current > migrations.length) {
        throw new Error(`database schema version ${current} is newer than this alubot (${migrations.length})`);
      }
      for (let v = current; v < migrations.length; v++) {
        await c.query("BEGIN");
        try {
          await migrations[v]!(c);
          await c.query("INSERT INTO schema_migrations (version) VALUES ($1)", [v + 1]);
          await c.query("COMMIT");
        } catch (err) {
          await c.query("ROLLBACK").catch(() => undefined);
          throw err;
        }
      }
      return migrations.length;
    } finally {
      await c.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    c.release();
  }
}
