import type { Scheduler } from "./scheduler.js";

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

export interface SlidingWindowLimiter {
  /** Checks without consuming. */
  check(key: string): RateDecision;
  /** Records one request for `key` (call only after every check passed). */
  consume(key: string): void;
  /** Number of keys currently tracked (for tests and metrics). */
  size(): number;
}

export interface SlidingWindowOptions {
  limit: number;
  windowMs: number;
  /** Most keys kept; the least recently used is forgotten first. Bounds memory under floods of ids. */
  maxKeys?: number;
  clock: Pick<Scheduler, "now">;
}

/**
 * Exact sliding-window log: at most `limit` timestamps per key, so memory is maxKeys × limit numbers.
 * Forgetting an evicted key can only make the limiter more lenient for it, never block anyone wrongly.
 */
export function createSlidingWindowLimiter(options: SlidingWindowOptions): SlidingWindowLimiter {
  const { limit, windowMs, clock } = options;
  const maxKeys = options.maxKeys ?? 10_000;
  const log = new Map<string, number[]>();

  const recent = (key: string, now: number): number[] => {
    const stamps = log.get(key);
    if (!stamps) return [];
    while (stamps.length && stamps[0]! <= now - windowMs) stamps.shift();
    if (stamps.length === 0) log.delete(key);
    return stamps;
  };

  return {
    check(key) {
      const now = clock.now();
      const stamps = recent(key, now);
      if (stamps.length < limit) return { ok: true };
      return { ok: false, retryAfterMs: Math.max(1, stamps[0]! + windowMs - now) };
    },
    consume(key) {
      const now = clock.now();
      const stamps = recent(key, now);
      stamps.push(now);
      while (stamps.length > limit) stamps.shift();
      log.delete(key);
      log.set(key, stamps);
      while (log.size > maxKeys) log.delete(log.keys().next().value!);
    },
    size: () => log.size,
  };
}
