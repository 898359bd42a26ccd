import type { Scheduler } from "./scheduler.js";

export interface ManualScheduler extends Scheduler {
  /** Moves time forward, firing due timers in order (and timers they set, if due). */
  advance(ms: number): void;
  pending(): number;
}

/** Deterministic time for tests and the bench: nothing happens until `advance` is called. */
export function createManualScheduler(start = 0): ManualScheduler {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimer(fn, ms) {
      const id = seq++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return () => void timers.delete(id);
    },
    advance(ms) {
      const target = now + ms;
      for (;;) {
        let nextId: number | undefined;
        let nextAt = Infinity;
        for (const [id, t] of timers) if (t.at <= target && t.at < nextAt) [nextId, nextAt] = [id, t.at];
        if (nextId === undefined) break;
        const t = timers.get(nextId)!;
        timers.delete(nextId);
        now = t.at;
        t.fn();
      }
      now = target;
    },
    pending: () => timers.size,
  };
}
