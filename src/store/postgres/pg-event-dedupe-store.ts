import type { EventDedupeStore } from "../event-dedupe-store.js";
import type { PgPool } from "./create-pg-pool.js";

/**
 * The claim is one INSERT … ON CONFLICT: the unique key decides, so of two replicas that
 * receive the same Slack retry exactly one gets a row back and answers. An expired key may be
 * claimed again (the UPDATE branch only fires past its expiry); the sweep deletes old keys.
 */
export function createPgEventDedupeStore(pool: PgPool, now: () => number = Date.now): EventDedupeStore {
  return {
    async claim(key, ttlMs) {
      const t = now();
      const { rowCount } = await pool.query(
        `INSERT INTO event_dedupe (key, expires_at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE event_dedupe.expires_at <= $3`,
        [key, t + ttlMs, t],
      );
      return rowCount === 1;
    },
  };
}
