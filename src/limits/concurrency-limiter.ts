import type { Scheduler } from "./scheduler.js";

export type LimitedOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "queue-full" | "deadline" }
  | { ok: false; reason: "failed"; error: unknown };

export interface ConcurrencyLimiter {
  /**
   * Runs `task` when a slot is free. Never rejects: over capacity, past the deadline or on a thrown
   * error the outcome says so, and the caller answers "请求过于频繁" or falls back offline.
   */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<LimitedOutcome<T>>;
  stats(): { active: number; queued: number };
}

export interface ConcurrencyLimiterOptions {
  /** AppConfig.limits.llmConcurrency. */
  concurrency: number;
  /** AppConfig.limits.llmQueue: waiting requests beyond the running ones; more are rejected at once. */
  queueSize: number;
  /** AppConfig.limits.requestDeadlineMs, counted from arrival (queue wait included). */
  deadlineMs: number;
  scheduler: Scheduler;
}

interface Waiter {
  start: () => void;
}

/**
 * A slot is released when the task settles or its deadline passes, whichever is first. The task
 * gets an AbortSignal at the deadline; releasing then (rather than waiting for a task that ignores
 * the signal) keeps one hung upstream call from wedging the limiter forever.
 */
export function createConcurrencyLimiter(options: ConcurrencyLimiterOptions): ConcurrencyLimiter {
  const { concurrency, queueSize, deadlineMs, scheduler } = options;
  let active = 0;
  const queue: Waiter[] = [];

  const release = () => {
    active--;
    while (queue.length && active < concurrency) {
      const next = queue.shift()!;
      active++;
      next.start();
    }
  };

  return {
    stats: () => ({ active, queued: queue.length }),
    run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<LimitedOutcome<T>> {
      if (active >= concurrency && queue.length >= queueSize) {
        return Promise.resolve({ ok: false, reason: "queue-full" });
      }
      return new Promise<LimitedOutcome<T>>((resolve) => {
        const controller = new AbortController();
        let settled = false;
        let started = false;
        const finish = (outcome: LimitedOutcome<T>) => {
          if (settled) return;
          settled = true;
          cancelDeadline();
          if (started) release();
          resolve(outcome);
        };
        const waiter: Waiter = {
          start: () => {
            started = true;
            let promise: Promise<T>;
            try {
              promise = task(controller.signal);
            } catch (error) {
              promise = Promise.reject(error);
            }
            promise.then(
              (value) => finish({ ok: true, value }),
              (error: unknown) => finish(controller.signal.aborted ? { ok: false, reason: "deadline" } : { ok: false, reason: "failed", error }),
            );
          },
        };
        const cancelDeadline = scheduler.setTimer(() => {
          const queued = queue.indexOf(waiter);
          if (queued >= 0) queue.splice(queued, 1);
          controller.abort(new Error("deadline exceeded"));
          finish({ ok: false, reason: "deadline" });
        }, deadlineMs);
        if (active < concurrency) {
          active++;
          waiter.start();
        } else {
          queue.push(waiter);
        }
      });
    },
  };
}
