import type { Database } from "better-sqlite3";
import type { PruneCounts } from "../store-backend.js";

export type { PruneCounts };

/**
 * Deletes audit and feedback older than the retention period and idle conversations; sweeps Slack
 * event claims and button payloads past their TTL (the stores also sweep as writes accumulate).
 */
export function pruneExpired(db: Database, now: number, retentionDays: number, conversationMaxAgeMs: number): PruneCounts {
  const cutoff = now - retentionDays * 24 * 3600_000;
  return db.transaction(() => {
    db.prepare("DELETE FROM event_dedupe WHERE expires_at <= ?").run(now);
    db.prepare("DELETE FROM button_payloads WHERE expires_at <= ?").run(now);
    return {
      audit: db.prepare("DELETE FROM audit WHERE at < ?").run(cutoff).changes,
      feedback: db.prepare("DELETE FROM feedback WHERE at < ?").run(cutoff).changes,
      conversations: db.prepare("DELETE FROM conversations WHERE updated_at < ?").run(now - conversationMaxAgeMs).changes,
    };
  })();
}
