import { createMemoryRateWindowStore, type RateWindowStore } from "./rate-window-store.js";
import type { Scheduler } from "./scheduler.js";

export type RequestRateDecision = { ok: true } | { ok: false; scope: "user" | "channel"; retryAfterMs: number };

export interface RequestRateLimiter {
  /** Admits or rejects one request; an admitted request counts against both its user and its channel. */
  tryAcquire(request: { userKey: string; channelKey: string | null }): Promise<RequestRateDecision>;
}

export interface RequestRateLimiterOptions {
  /** AppConfig.limits.userPerMinute / channelPerMinute. */
  userPerMinute: number;
  channelPerMinute: number;
  windowMs?: number;
  maxKeys?: number;
  clock: Pick<Scheduler, "now">;
  /** Where hits are counted: process memory by default, the shared database when replicas run. */
  windows?: RateWindowStore;
}

export function createRequestRateLimiter(options: RequestRateLimiterOptions): RequestRateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const windows = options.windows ?? createMemoryRateWindowStore(options.maxKeys);
  return {
    async tryAcquire({ userKey, channelKey }) {
      const requests = [{ key: `user:${userKey}`, limit: options.userPerMinute }];
      if (channelKey !== null) requests.push({ key: `channel:${channelKey}`, limit: options.channelPerMinute });
      const d = await windows.acquire(requests, windowMs, options.clock.now());
      if (d.ok) return { ok: true };
      return { ok: false, scope: d.index === 0 ? "user" : "channel", retryAfterMs: d.retryAfterMs };
    },
  };
}
