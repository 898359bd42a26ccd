/**
 * Time as a dependency: every limiter reads the clock and sets timers through this, so tests drive
 * time by hand instead of sleeping.
 */
export interface Scheduler {
  now(): number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
}

export function createSystemScheduler(): Scheduler {
  return {
    now: () => Date.now(),
    setTimer(fn, ms) {
      // Deliberately NOT unref'd: these timers are request deadlines and retry backoffs that a pending
      // reply waits on. Unref'd, a one-shot `alubot ask` whose LLM answered 429/500 exited (code 13,
      // "unsettled top-level await") in the middle of the backoff instead of falling back. Every
      // caller cancels its timer when the request settles, so nothing outlives the work it bounds.
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
  };
}
