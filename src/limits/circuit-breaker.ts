import type { Scheduler } from "./scheduler.js";

export type CircuitState = "closed" | "open" | "half-open";

export type CircuitOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "open" }
  | { ok: false; reason: "failed"; error: unknown };

export interface CircuitBreaker {
  /** Runs `fn` unless the circuit is open; while open, callers serve offline answers instead. */
  run<T>(fn: () => Promise<T>): Promise<CircuitOutcome<T>>;
  state(): CircuitState;
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through. */
  openMs: number;
  clock: Pick<Scheduler, "now">;
  /** Errors that should not count (e.g. a 400 caused by one odd question); default: all count. */
  countsAsFailure?: (error: unknown) => boolean;
  onStateChange?: (from: CircuitState, to: CircuitState) => void;
}

/**
 * closed → (threshold consecutive failures) → open → (openMs elapsed) → half-open: exactly one trial
 * call; success closes, failure reopens. Recovery needs no outside help: time alone re-arms it.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const { failureThreshold, openMs, clock } = options;
  const countsAsFailure = options.countsAsFailure ?? (() => true);
  let state: CircuitState = "closed";
  let failures = 0;
  let openedAt = 0;
  let trialInFlight = false;

  const moveTo = (next: CircuitState) => {
    if (next === state) return;
    const prev = state;
    state = next;
    options.onStateChange?.(prev, next);
  };
  const currentState = (): CircuitState => {
    if (state === "open" && clock.now() - openedAt >= openMs) moveTo("half-open");
    return state;
  };

  return {
    state: currentState,
    async run<T>(fn: () => Promise<T>): Promise<CircuitOutcome<T>> {
      const s = currentState();
      if (s === "open" || (s === "half-open" && trialInFlight)) return { ok: false, reason: "open" };
      const isTrial = s === "half-open";
      if (isTrial) trialInFlight = true;
      try {
        const value = await fn();
        failures = 0;
        moveTo("closed");
        return { ok: true, value };
      } catch (error) {
        if (countsAsFailure(error)) {
          failures++;
          if (isTrial || failures >= failureThreshold) {
            openedAt = clock.now();
            moveTo("open");
          }
        } else if (isTrial) {
          moveTo("closed");
        }
        return { ok: false, reason: "failed", error };
      } finally {
        if (isTrial) trialInFlight = false;
      }
    },
  };
}
