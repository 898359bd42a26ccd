import type { ShardLeaseStore } from "../shard-lease-store.js";
import type { PgPool } from "./create-pg-pool.js";

/** The database's clock in ms: replicas on different hosts compare expiries against one clock. */
const DB_NOW = "(extract(epoch from clock_timestamp()) * 1000)::int8";

/**
 * One row per shard. Taking or renewing is a single upsert that only succeeds when the row is
 * absent, expired, or already ours; PostgreSQL's row lock makes two replicas racing for a free
 * shard end with exactly one owner.
 */
export function createPgShardLeaseStore(pool: PgPool): ShardLeaseStore {
  return {
    async acquire(shardId, owner, ttlMs) {
      const { rows } = await pool.query<{ owner: string }>(
        `INSERT INTO shard_leases (shard_id, owner, expires_at) VALUES ($1, $2, ${DB_NOW} + $3)
         ON CONFLICT (shard_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
           WHERE shard_leases.owner = excluded.owner OR shard_leases.expires_at <= ${DB_NOW}
         RETURNING owner`,
        [shardId, owner, Math.round(ttlMs)],
      );
      return rows[0]?.owner === owner;
    },
    async release(shardId, owner) {
      await pool.query("DELETE FROM shard_leases WHERE shard_id = $1 AND owner = $2", [shardId, owner]);
    },
  };
}
