import type { Database } from "better-sqlite3";
import type { ButtonPayloadStore } from "../button-payload-store.js";

export interface SqliteButtonPayloadStore extends ButtonPayloadStore {
  /** Deletes expired payloads; returns how many. Also runs by itself every `sweepEvery` puts. */
  sweep(): number;
}

/** Payloads as JSON in the `button_payloads` table (migration 2); an expired or unreadable row reads as absent. */
export function createSqliteButtonPayloadStore(db: Database, now: () => number, sweepEvery = 200): SqliteButtonPayloadStore {
  const upsert = db.prepare(`
    INSERT INTO button_payloads (id, payload, expires_at) VALUES (@id, @payload, @expiresAt)
    ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, expires_at = excluded.expires_at`);
  const select = db.prepare("SELECT payload, expires_at FROM button_payloads WHERE id = ?");
  const removeExpired = db.prepare("DELETE FROM button_payloads WHERE expires_at <= ?");
  let putsSinceSweep = 0;
  const sweep = () => removeExpired.run(Math.round(now())).changes;
  return {
    async put(id, payload, ttlMs) {
      const json = JSON.stringify(payload);
      if (json === undefined) throw new TypeError("button payload is not JSON-serializable");
      upsert.run({ id, payload: json, expiresAt: Math.round(now()) + Math.max(1, Math.round(ttlMs)) });
      if (++putsSinceSweep >= sweepEvery) {
        putsSinceSweep = 0;
        sweep();
      }
    },
    async get(id) {
      const row = select.get(id) as { payload: string; expires_at: number } | undefined;
      if (!row || row.expires_at <= now()) return undefined;
      try {
        return JSON.parse(row.payload) as unknown;
      } catch {
        return undefined;
      }
    },
    sweep,
  };
}
