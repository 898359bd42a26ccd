import { describe, expect, it } from "vitest";
import { createConcurrencyLimiter } from "../../src/limits/concurrency-limiter.js";
import { createManualScheduler } from "../../src/limits/manual-scheduler.js";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("concurrency limiter", () => {
  it("runs at most `concurrency` tasks, queues a bounded number and rejects the rest at once", async () => {
    const scheduler = createManualScheduler();
    const lim = createConcurrencyLimiter({ concurrency: 2, queueSize: 1, deadlineMs: 1000, scheduler });
    const gates = [deferred<number>(), deferred<number>(), deferred<number>()];
    let running = 0;
    let maxRunning = 0;
    const task = (i: number) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      try {
        return await gates[i]!.promise;
      } finally {
        running--;
      }
    };
    const p0 = lim.run(task(0));
    const p1 = lim.run(task(1));
    const p2 = lim.run(task(2));
    expect(await lim.run(async () => 99)).toEqual({ ok: false, reason: "queue-full" });
    expect(lim.stats()).toEqual({ active: 2, queued: 1 });
    gates[0]!.resolve(10);
    expect(await p0).toEqual({ ok: true, value: 10 });
    await tick();
    expect(lim.stats()).toEqual({ active: 2, queued: 0 });
    gates[1]!.reject(new Error("boom"));
    gates[2]!.resolve(12);
    expect(await p1).toMatchObject({ ok: false, reason: "failed" });
    expect(await p2).toEqual({ ok: true, value: 12 });
    expect(maxRunning).toBe(2);
    expect(lim.stats()).toEqual({ active: 0, queued: 0 });
  });

  it("enforces the deadline on queued and running tasks, aborts them and frees the slot", async () => {
    const scheduler = createManualScheduler();
    const lim = createConcurrencyLimiter({ concurrency: 1, queueSize: 5, deadlineMs: 100, scheduler });
    let aborted = false;
    const hung = lim.run(
      (signal) =>
        new Promise<never>(() => {
          signal.addEventListener("abort", () => (aborted = true));
        }),
    );
    scheduler.advance(50);
    const queued = lim.run(async () => "late");
    scheduler.advance(50);
    expect(await hung).toEqual({ ok: false, reason: "deadline" });
    expect(aborted).toBe(true);
    // The queued task started when the hung one was cut off and finishes well within its own deadline.
    expect(await queued).toEqual({ ok: true, value: "late" });
    const waiting = lim.run(() => new Promise<never>(() => {}));
    const starved = lim.run(async () => "never");
    scheduler.advance(100);
    expect(await waiting).toEqual({ ok: false, reason: "deadline" });
    expect(await starved).toEqual({ ok: false, reason: "deadline" });
    expect(lim.stats()).toEqual({ active: 0, queued: 0 });
  });

  it("turns a synchronous throw into a failed outcome", async () => {
    const lim = createConcurrencyLimiter({ concurrency: 1, queueSize: 0, deadlineMs: 100, scheduler: createManualScheduler() });
    const r = await lim.run(() => {
      throw new Error("sync");
    });
    expect(r).toMatchObject({ ok: false, reason: "failed" });
    expect(lim.stats().active).toBe(0);
  });
});
