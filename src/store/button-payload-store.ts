/**
 * What a button (or a modal opened from one) refers to: the answer it was attached to, kept outside
 * the process so 公开到频道, 👍/👎 and check answers still work after a restart. Button values are
 * size-limited on both platforms; they carry only the id. Async because the PostgreSQL backend
 * implements the same interface.
 */
export interface ButtonPayloadStore {
  put(id: string, payload: unknown, ttlMs: number): Promise<void>;
  get(id: string): Promise<unknown | undefined>;
}

/** Bounded in-memory payloads (fallback and tests): expired ones read as absent, the oldest go first beyond `max`. */
export function createMemoryButtonPayloadStore(options: { max?: number; now?: () => number } = {}): ButtonPayloadStore & { size(): number } {
  const max = options.max ?? 5_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { payload: unknown; expiresAt: number }>();
  let putsSinceSweep = 0;
  return {
    async put(id, payload, ttlMs) {
      const t = now();
      entries.delete(id);
      // A structured clone: the caller mutating its object later must not change what was stored.
      entries.set(id, { payload: structuredClone(payload), expiresAt: t + ttlMs });
      if (++putsSinceSweep >= 100) {
        putsSinceSweep = 0;
        for (const [key, e] of entries) if (e.expiresAt <= t) entries.delete(key);
      }
      while (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    async get(id) {
      const e = entries.get(id);
      if (!e) return undefined;
      if (e.expiresAt <= now()) {
        entries.delete(id);
        return undefined;
      }
      return structuredClone(e.payload);
    },
    size: () => entries.size,
  };
}
