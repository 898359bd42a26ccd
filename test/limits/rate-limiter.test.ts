import { describe, expect, it } from "vitest";
import { createManualScheduler } from "../../src/limits/manual-scheduler.js";
import { createRequestRateLimiter } from "../../src/limits/request-rate-limiter.js";
import { createSlidingWindowLimiter } from "../../src/limits/sliding-window-limiter.js";

describe("sliding window limiter", () => {
  it("admits `limit` requests per window and reopens as old ones slide out", () => {
    const clock = createManualScheduler(1_000);
    const lim = createSlidingWindowLimiter({ limit: 3, windowMs: 60_000, clock });
    for (let i = 0; i < 3; i++) {
      expect(lim.check("u").ok).toBe(true);
      lim.consume("u");
      clock.advance(10_000);
    }
    const blocked = lim.check("u");
    expect(blocked).toEqual({ ok: false, retryAfterMs: 30_000 });
    expect(lim.check("other").ok).toBe(true);
    clock.advance(30_000);
    expect(lim.check("u").ok).toBe(true);
  });

  it("keeps memory bounded under a flood of distinct keys", () => {
    const clock = createManualScheduler();
    const lim = createSlidingWindowLimiter({ limit: 5, windowMs: 60_000, clock, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) lim.consume(`user-${i}`);
    expect(lim.size()).toBe(100);
    // The most recent keys are the ones remembered.
    for (let i = 0; i < 5; i++) lim.consume("user-9999");
    expect(lim.check("user-9999").ok).toBe(false);
  });
});

describe("request rate limiter", () => {
  it("limits per user and per channel, and a rejected request consumes nothing", async () => {
    const clock = createManualScheduler();
    const lim = createRequestRateLimiter({ userPerMinute: 2, channelPerMinute: 3, clock });
    expect((await lim.tryAcquire({ userKey: "a", channelKey: "c" })).ok).toBe(true);
    expect((await lim.tryAcquire({ userKey: "a", channelKey: "c" })).ok).toBe(true);
    expect(await lim.tryAcquire({ userKey: "a", channelKey: "c" })).toMatchObject({ ok: false, scope: "user" });
    expect((await lim.tryAcquire({ userKey: "b", channelKey: "c" })).ok).toBe(true);
    expect(await lim.tryAcquire({ userKey: "d", channelKey: "c" })).toMatchObject({ ok: false, scope: "channel" });
    // "d" was rejected by the channel, so its own budget is untouched: it can use another channel twice.
    expect((await lim.tryAcquire({ userKey: "d", channelKey: "c2" })).ok).toBe(true);
    expect((await lim.tryAcquire({ userKey: "d", channelKey: null })).ok).toBe(true);
    expect((await lim.tryAcquire({ userKey: "d", channelKey: null })).ok).toBe(false);
    clock.advance(60_000);
    expect((await lim.tryAcquire({ userKey: "a", channelKey: "c" })).ok).toBe(true);
  });
});
