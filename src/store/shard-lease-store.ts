/**
 * Who may hold a Discord gateway session for a shard. A lease has an expiry and is renewed by its
 * holder's heartbeat; a replica that does not hold a shard's lease does not log that shard in, so
 * N replicas never open two sessions for one shard. PostgreSQL holds the leases when replicas run
 * (src/store/postgres/pg-shard-lease-store.ts); the memory version serves a single process and tests.
 */
export interface ShardLeaseStore {
  /** Takes the lease if it is free or expired, or renews it if `owner` holds it. True = `owner` holds it for `ttlMs` more. */
  acquire(shardId: number, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up at once (clean shutdown), so another replica need not wait for the expiry. */
  release(shardId: number, owner: string): Promise<void>;
}

export function createMemoryShardLeaseStore(now: () => number = Date.now): ShardLeaseStore {
  const leases = new Map<number, { owner: string; expiresAt: number }>();
  return {
    async acquire(shardId, owner, ttlMs) {
      const held = leases.get(shardId);
      if (held && held.owner !== owner && held.expiresAt > now()) return false;
      leases.set(shardId, { owner, expiresAt: now() + ttlMs });
      return true;
    },
    async release(shardId, owner) {
      if (leases.get(shardId)?.owner === owner) leases.delete(shardId);
    },
  };
}
