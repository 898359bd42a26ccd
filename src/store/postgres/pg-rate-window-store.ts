import type { RateWindowStore } from "../../limits/rate-window-store.js";
import type { PgClient, PgPool } from "./create-pg-pool.js";

/**
 * Rate-limit windows shared by replicas: a user who spreads requests over two replicas still gets
 * one budget. One transaction per request: transaction-scoped advisory locks on the keys (taken in
 * sorted order, so two requests never deadlock) serialize the count-then-insert for the same user
 * or channel across replicas; other keys proceed in parallel. The sweep deletes hits past every window.
 */
export function createPgRateWindowStore(pool: PgPool): RateWindowStore {
  return {
    async acquire(requests, windowMs, now) {
      if (!requests.length) return { ok: true };
      const keys = requests.map((r) => r.key);
      const since = now - windowMs;
      const c = await pool.connect();
      try {
        await c.query("BEGIN");
        try {
          await c.query("SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, i) ORDER BY i", [[...new Set(keys)].sort()]);
          for (const [index, r] of requests.entries()) {
            const { rows } = await c.query<{ n: number }>("SELECT count(*)::int8 AS n FROM rate_hits WHERE key = $1 AND at > $2", [r.key, since]);
            if ((rows[0]?.n ?? 0) >= r.limit) {
              const oldest = await oldestCounted(c, r.key, r.limit, since);
              await c.query("ROLLBACK");
              return { ok: false, index, retryAfterMs: Math.max(1, oldest + windowMs - now) };
            }
          }
          await c.query("INSERT INTO rate_hits (key, at) SELECT k, $2 FROM unnest($1::text[]) AS k", [keys, now]);
          await c.query("COMMIT");
          return { ok: true };
        } catch (err) {
          await c.query("ROLLBACK").catch(() => undefined);
          throw err;
        }
      } finally {
        c.release();
      }
    },
  };
}

/** Of the newest `limit` hits in the window, the oldest: when it slides out, a slot opens (as in memory). */
async function oldestCounted(c: PgClient, key: string, limit: number, since: number): Promise<number> {
  const { rows } = await c.query<{ at: number }>(
    "SELECT min(at) AS at FROM (SELECT at FROM rate_hits WHERE key = $1 AND at > $2 ORDER BY at DESC LIMIT $3) newest",
    [key, since, limit],
  );
  return rows[0]?.at ?? since;
}
