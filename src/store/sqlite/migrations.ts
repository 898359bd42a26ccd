import { randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3";

/**
 * Ordered schema migrations; `PRAGMA user_version` records how many have run. Append only: never
 * edit a released step, add a new one. Each step runs in its own transaction with the version bump.
 */
export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [
  (db) => {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        turns TEXT NOT NULL,
        pending_check TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX conversations_updated_at ON conversations (updated_at);
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        platform TEXT NOT NULL,
        channel_id TEXT,
        user_hash TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        citations TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        platform TEXT NOT NULL,
        channel_id TEXT,
        user_hash TEXT NOT NULL,
        conversation_id TEXT,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        citations TEXT NOT NULL,
        mode TEXT NOT NULL,
        out_of_scope INTEGER NOT NULL,
        latency_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX audit_at ON audit (at);
    `);
    // The user-id salt lives with the data it protects: copying the db keeps hashes comparable,
    // while the hashes alone (e.g. in an export) cannot be reversed by hashing known ids.
    db.prepare("INSERT INTO meta (key, value) VALUES ('user_salt', ?)").run(randomBytes(32).toString("hex"));
  },
  // 2: chat platforms. Slack event ids already handled (a retry after a restart must not be answered
  // twice), what the buttons on an answer refer to (they must work after a restart), and the short
  // reason a user gives with a 👎.
  (db) => {
    db.exec(`
      CREATE TABLE event_dedupe (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) STRICT;
      CREATE INDEX event_dedupe_expires_at ON event_dedupe (expires_at);
      CREATE TABLE button_payloads (id TEXT PRIMARY KEY, payload TEXT NOT NULL, expires_at INTEGER NOT NULL) STRICT;
      CREATE INDEX button_payloads_expires_at ON button_payloads (expires_at);
      ALTER TABLE feedback ADD COLUMN reason TEXT;
    `);
  },
];

export function migrate(db: Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this alubot (${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
