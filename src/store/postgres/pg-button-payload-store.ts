import type { ButtonPayloadStore } from "../button-payload-store.js";
import type { PgPool } from "./create-pg-pool.js";

/** What a button refers to, readable by whichever replica receives the click. */
export function createPgButtonPayloadStore(pool: PgPool, now: () => number = Date.now): ButtonPayloadStore {
  return {
    async put(id, payload, ttlMs) {
      await pool.query(
        `INSERT INTO button_payloads (id, payload, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, expires_at = excluded.expires_at`,
        [id, JSON.stringify(payload ?? null), now() + ttlMs],
      );
    },
    async get(id) {
      const { rows } = await pool.query<{ payload: unknown }>("SELECT payload FROM button_payloads WHERE id = $1 AND expires_at > $2", [id, now()]);
      return rows[0]?.payload ?? undefined;
    },
  };
}
