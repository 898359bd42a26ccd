import type { Scheduler } from "./scheduler.js";
import { createSlidingWindowLimiter } from "./sliding-window-limiter.js";

export type RequestRateDecision = { ok: true } | { ok: false; scope: "user" | "channel"; retryAfterMs: number };

export interface RequestRateLimiter {
  /** Admits or rejects one request; an admitted request counts against both its user and its channel. */
  tryAcquire(request: { userKey: string; channelKey: string | null }): RequestRateDecision;
}

export interface RequestRateLimiterOptions {
  /** AppConfig.limits.userPerMinute / channelPerMinute. */
  userPerMinute: number;
  channelPerMinute: number;
  windowMs?: number;
  maxKeys?: number;
  clock: Pick<Scheduler, "now">;
}

export function createRequestRateLimiter(options: RequestRateLimiterOptions): RequestRateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const common = { windowMs, clock: options.clock, ...(options.maxKeys ? { maxKeys: options.maxKeys } : {}) };
  const users = createSlidingWindowLimiter({ ...common, limit: options.userPerMinute });
  const channels = createSlidingWindowLimiter({ ...common, limit: options.channelPerMinute });
  return {
    tryAcquire({ userKey, channelKey }) {
      const u = users.check(userKey);
      if (!u.ok) return { ok: false, scope: "user", retryAfterMs: u.retryAfterMs };
      if (channelKey !== null) {
        const c = channels.check(channelKey);
        if (!c.ok) return { ok: false, scope: "channel", retryAfterMs: c.retryAfterMs };
      }
      // Consume only once both passed: a rejected request must not eat into the other budget.
      users.consume(userKey);
      if (channelKey !== null) channels.consume(channelKey);
      return { ok: true };
    },
  };
}
