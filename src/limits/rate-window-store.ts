import { createSlidingWindowLimiter, type SlidingWindowLimiter } from "./sliding-window-limiter.js";

/** One window to count against: the key (e.g. "user:slack:…") and how many hits it may have. */
export interface RateWindowRequest {
  key: string;
  limit: number;
}

export type RateWindowDecision = { ok: true } | { ok: false; /** Index of the first request over its limit. */ index: number; retryAfterMs: number };

/**
 * Where the rate limiter counts. All-or-nothing: a request is admitted only when every key has fewer
 * than its limit hits in the window ending at `now`, and only then is one hit recorded on each, so a
 * rejected request never eats into another budget. In memory for one process; the PostgreSQL
 * implementation (src/store/postgres) makes replicas share the same windows.
 */
export interface RateWindowStore {
  acquire(requests: readonly RateWindowRequest[], windowMs: number, now: number): Promise<RateWindowDecision>;
}

/** Exact sliding-window log in process memory (one limiter per limit/window pair, bounded in keys). */
export function createMemoryRateWindowStore(maxKeys?: number): RateWindowStore {
  const limiters = new Map<string, SlidingWindowLimiter>();
  let clockNow = 0;
  const clock = { now: () => clockNow };
  const limiterFor = (limit: number, windowMs: number) => {
    const id = `${limit}/${windowMs}`;
    let l = limiters.get(id);
    if (!l) limiters.set(id, (l = createSlidingWindowLimiter({ limit, windowMs, clock, ...(maxKeys ? { maxKeys } : {}) })));
    return l;
  };
  return {
    async acquire(requests, windowMs, now) {
      clockNow = now;
      for (const [index, r] of requests.entries()) {
        const d = limiterFor(r.limit, windowMs).check(r.key);
        if (!d.ok) return { ok: false, index, retryAfterMs: d.retryAfterMs };
      }
      for (const r of requests) limiterFor(r.limit, windowMs).consume(r.key);
      return { ok: true };
    },
  };
}
