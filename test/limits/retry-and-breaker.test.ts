import { describe, expect, it } from "vitest";
import { createCircuitBreaker, type CircuitState } from "../../src/limits/circuit-breaker.js";
import { createLlmGuard } from "../../src/limits/create-llm-guard.js";
import { createManualScheduler } from "../../src/limits/manual-scheduler.js";
import { computeBackoff, isTransientError, retryWithBackoff } from "../../src/limits/retry-with-backoff.js";

const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe("retry with backoff", () => {
  it("retries 429 and 5xx with growing, capped, jittered delays and then succeeds", async () => {
    const delays: number[] = [];
    let calls = 0;
    const value = await retryWithBackoff(
      async () => {
        calls++;
        if (calls === 1) throw httpError(429);
        if (calls < 4) throw httpError(503);
        return "ok";
      },
      { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300, random: () => 1, sleep: async (ms) => void delays.push(ms) },
    );
    expect(value).toBe("ok");
    expect(delays).toEqual([100, 200, 300]);
  });

  it("gives up after maxAttempts and never retries a 400", async () => {
    let calls = 0;
    const sleep = async () => {};
    await expect(
      retryWithBackoff(async () => ((calls++), Promise.reject(httpError(500))), { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep }),
    ).rejects.toThrow("HTTP 500");
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      retryWithBackoff(async () => ((calls++), Promise.reject(httpError(400))), { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep }),
    ).rejects.toThrow("HTTP 400");
    expect(calls).toBe(1);
  });

  it("classifies errors and spreads jitter across the whole interval", () => {
    expect(isTransientError(httpError(429))).toBe(true);
    expect(isTransientError(httpError(502))).toBe(true);
    expect(isTransientError(httpError(404))).toBe(false);
    expect(isTransientError(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBe(true);
    expect(isTransientError(new Error("plain"))).toBe(false);
    expect(computeBackoff(3, 100, 10_000, () => 0)).toBe(0);
    expect(computeBackoff(3, 100, 10_000, () => 0.5)).toBe(200);
    expect(computeBackoff(30, 100, 10_000, () => 1)).toBe(10_000);
  });
});

describe("circuit breaker", () => {
  it("opens after consecutive failures, rejects while open, half-opens by itself and closes on success", async () => {
    const clock = createManualScheduler();
    const changes: string[] = [];
    const breaker = createCircuitBreaker({
      failureThreshold: 3,
      openMs: 10_000,
      clock,
      onStateChange: (a: CircuitState, b: CircuitState) => changes.push(`${a}>${b}`),
    });
    const fail = () => Promise.reject(new Error("down"));
    let calls = 0;
    const succeed = async () => ((calls++), "up");
    await breaker.run(fail);
    await breaker.run(succeed); // a success resets the consecutive count
    for (let i = 0; i < 3; i++) await breaker.run(fail);
    expect(breaker.state()).toBe("open");
    expect(await breaker.run(succeed)).toEqual({ ok: false, reason: "open" });
    expect(calls).toBe(1);
    clock.advance(10_000);
    expect(breaker.state()).toBe("half-open");
    await breaker.run(fail); // the trial fails: open again for another full period
    expect(breaker.state()).toBe("open");
    clock.advance(9_999);
    expect(breaker.state()).toBe("open");
    clock.advance(1);
    expect(await breaker.run(succeed)).toEqual({ ok: true, value: "up" });
    expect(breaker.state()).toBe("closed");
    expect(changes).toEqual(["closed>open", "open>half-open", "half-open>open", "open>half-open", "half-open>closed"]);
  });

  it("lets exactly one trial through while half-open", async () => {
    const clock = createManualScheduler();
    const breaker = createCircuitBreaker({ failureThreshold: 1, openMs: 5, clock });
    await breaker.run(() => Promise.reject(new Error("x")));
    clock.advance(5);
    let release!: () => void;
    const trial = breaker.run(() => new Promise<void>((r) => (release = r)));
    expect(await breaker.run(async () => 1)).toEqual({ ok: false, reason: "open" });
    release();
    expect((await trial).ok).toBe(true);
    expect(await breaker.run(async () => 2)).toEqual({ ok: true, value: 2 });
  });
});

describe("LLM guard", () => {
  const limits = { llmConcurrency: 1, llmQueue: 0, requestDeadlineMs: 1000 };

  it("retries transient failures, opens the circuit on persistent ones and recovers by itself", async () => {
    const scheduler = createManualScheduler();
    const failures: string[] = [];
    const guard = createLlmGuard({
      limits,
      scheduler,
      retry: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 0 },
      breaker: { failureThreshold: 2, openMs: 60_000 },
      onFailure: (reason) => failures.push(reason),
    });
    let calls = 0;
    let healthy = false;
    const call = async () => {
      calls++;
      if (!healthy) throw httpError(503);
      return "answer";
    };
    expect(await guard.run(call)).toMatchObject({ ok: false, reason: "failed" });
    expect(calls).toBe(2); // one retry
    await guard.run(call);
    expect(guard.circuitState()).toBe("open");
    expect(await guard.run(call)).toEqual({ ok: false, reason: "circuit-open" });
    expect(calls).toBe(4);
    healthy = true;
    scheduler.advance(60_000);
    expect(await guard.run(call)).toEqual({ ok: true, value: "answer" });
    expect(guard.circuitState()).toBe("closed");
    expect(failures).toEqual(["failed", "failed", "circuit-open"]);
  });

  it("reports busy when the cap and queue are full, and deadline when a call hangs", async () => {
    const scheduler = createManualScheduler();
    const guard = createLlmGuard({ limits, scheduler, breaker: { failureThreshold: 5, openMs: 1000 } });
    const hung = guard.run(() => new Promise<never>(() => {}));
    expect(await guard.run(async () => "x")).toEqual({ ok: false, reason: "busy" });
    scheduler.advance(1000);
    expect(await hung).toEqual({ ok: false, reason: "deadline" });
    expect(await guard.run(async () => "y")).toEqual({ ok: true, value: "y" });
  });

  it("does not open the circuit for a 400 caused by one request", async () => {
    const guard = createLlmGuard({ limits, scheduler: createManualScheduler(), breaker: { failureThreshold: 1, openMs: 1000 } });
    await guard.run(() => Promise.reject(httpError(400)));
    expect(guard.circuitState()).toBe("closed");
  });
});
