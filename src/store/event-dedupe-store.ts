/**
 * Remembers which platform events were already taken on, so a redelivery (Slack retries the same
 * event_id when it saw no ack in time, also after a restart) is answered once. Async because the
 * PostgreSQL backend implements the same interface.
 */
export interface EventDedupeStore {
  /** true if this call claimed the key (first time within ttl); false if already claimed. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/**
 * Bounded in-memory claims: the fallback when the database is unusable, and for tests. Past `max`
 * keys the oldest claims are forgotten first (a very late duplicate is then answered again, which is
 * better than growing without limit).
 */
export function createMemoryEventDedupeStore(options: { max?: number; now?: () => number } = {}): EventDedupeStore & { size(): number } {
  const max = options.max ?? 10_000;
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();
  const sweep = (t: number) => {
    for (const [key, expiresAt] of expiries) if (expiresAt <= t) expiries.delete(key);
  };
  let claimsSinceSweep = 0;
  return {
    async claim(key, ttlMs) {
      const t = now();
      const expiresAt = expiries.get(key);
      if (expiresAt !== undefined && expiresAt > t) return false;
      expiries.delete(key);
      expiries.set(key, t + ttlMs);
      if (++claimsSinceSweep >= 100) {
        claimsSinceSweep = 0;
        sweep(t);
      }
      while (expiries.size > max) expiries.delete(expiries.keys().next().value!);
      return true;
    },
    size: () => expiries.size,
  };
}
