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
      const t = setTimeout(fn, ms);
      // A pending deadline must never keep the process alive on shutdown.
      t.unref?.();
      return () => clearTimeout(t);
    },
  };
}
