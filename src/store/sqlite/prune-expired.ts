import type { Database } from "better-sqlite3";
import type { PruneCounts } from "../store-backend.js";

export type { PruneCounts };

/** Deletes audit and feedback older than the retention period and idle conversations. */
export function pruneExpired(db: Database, now: number, retentionDays: number, conversationMaxAgeMs: number): PruneCounts {
  const cutoff = now - retentionDays * 24 * 3600_000;
  return db.transaction(() => ({
    audit: db.prepare("DELETE FROM audit WHERE at < ?").run(cutoff).changes,
    feedback: db.prepare("DELETE FROM feedback WHERE at < ?").run(cutoff).changes,
    conversations: db.prepare("DELETE FROM conversations WHERE updated_at < ?").run(now - conversationMaxAgeMs).changes,
  }))();
}
