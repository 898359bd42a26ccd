import type { Database } from "better-sqlite3";
import type { EventDedupeStore } from "../event-dedupe-store.js";

export interface SqliteEventDedupeStore extends EventDedupeStore {
  /** Deletes expired claims; returns how many. Also runs by itself every `sweepEvery` claims. */
  sweep(): number;
}

/**
 * Claims in the `event_dedupe` table (migration 2). One upsert decides atomically: a new key, or an
 * expired one, is (re)claimed; a live one is not — so two processes on one database agree too.
 */
export function createSqliteEventDedupeStore(db: Database, now: () => number, sweepEvery = 200): SqliteEventDedupeStore {
  const upsert = db.prepare(`
    INSERT INTO event_dedupe (key, expires_at) VALUES (@key, @expiresAt)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE event_dedupe.expires_at <= @now`);
  const removeExpired = db.prepare("DELETE FROM event_dedupe WHERE expires_at <= ?");
  let claimsSinceSweep = 0;
  const sweep = () => removeExpired.run(Math.round(now())).changes;
  return {
    async claim(key, ttlMs) {
      const t = Math.round(now());
      const claimed = upsert.run({ key, expiresAt: t + Math.max(1, Math.round(ttlMs)), now: t }).changes === 1;
      if (++claimsSinceSweep >= sweepEvery) {
        claimsSinceSweep = 0;
        sweep();
      }
      return claimed;
    },
    sweep,
  };
}
