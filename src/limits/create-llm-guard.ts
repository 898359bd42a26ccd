import { createCircuitBreaker, type CircuitBreaker, type CircuitState } from "./circuit-breaker.js";
import { DeadlineError } from "./deadline-error.js";
import { createConcurrencyLimiter, type ConcurrencyLimiter } from "./concurrency-limiter.js";
import { isTransientError, retryWithBackoff } from "./retry-with-backoff.js";
import type { Scheduler } from "./scheduler.js";

export type LlmGuardOutcome<T> =
  | { ok: true; value: T }
  /** busy = over capacity: answer "请求过于频繁，请稍后再试". */
  | { ok: false; reason: "busy" }
  /** The remaining reasons mean: answer offline this time. */
  | { ok: false; reason: "circuit-open" | "deadline" }
  | { ok: false; reason: "failed"; error: unknown };

export interface LlmGuard {
  /** Runs one LLM call under the concurrency cap, with bounded retries, behind the circuit breaker. */
  run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<LlmGuardOutcome<T>>;
  circuitState(): CircuitState;
  stats(): { active: number; queued: number };
}

export interface LlmGuardOptions {
  limits: { llmConcurrency: number; llmQueue: number; requestDeadlineMs: number };
  scheduler: Scheduler;
  retry?: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  breaker?: { failureThreshold: number; openMs: number };
  random?: () => number;
  onFailure?: (reason: "circuit-open" | "deadline" | "failed" | "busy", error?: unknown) => void;
  onCircuitChange?: (from: CircuitState, to: CircuitState) => void;
}

/**
 * The order matters: the breaker is outermost so an open circuit costs no queue slot; the deadline
 * covers queueing, every retry and the backoff sleeps, so a reply is never later than the deadline.
 */
export function createLlmGuard(options: LlmGuardOptions): LlmGuard {
  const { scheduler } = options;
  const retry = options.retry ?? { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 4000 };
  const limiter: ConcurrencyLimiter = createConcurrencyLimiter({
    concurrency: options.limits.llmConcurrency,
    queueSize: options.limits.llmQueue,
    deadlineMs: options.limits.requestDeadlineMs,
    scheduler,
  });
  const breaker: CircuitBreaker = createCircuitBreaker({
    ...(options.breaker ?? { failureThreshold: 5, openMs: 30_000 }),
    clock: scheduler,
    // Only upstream trouble opens the circuit; a 4xx about one request says nothing about the endpoint.
    countsAsFailure: (e) => e instanceof DeadlineError || isTransientError(e) || !hasStatus(e),
    ...(options.onCircuitChange ? { onStateChange: options.onCircuitChange } : {}),
  });
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || signal?.aborted) return resolve();
      const cancel = scheduler.setTimer(resolve, ms);
      signal?.addEventListener("abort", () => (cancel(), resolve()), { once: true });
    });

  return {
    circuitState: () => breaker.state(),
    stats: () => limiter.stats(),
    async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<LlmGuardOutcome<T>> {
      const outcome = await breaker.run(async () => {
        const limited = await limiter.run((signal) =>
          retryWithBackoff(() => call(signal), { ...retry, sleep, signal, ...(options.random ? { random: options.random } : {}) }),
        );
        if (limited.ok) return limited;
        if (limited.reason === "failed") throw limited.error;
        if (limited.reason === "deadline") throw new DeadlineError();
        return limited; // queue-full: not the endpoint's fault, so not a breaker failure
      });
      let result: LlmGuardOutcome<T>;
      if (!outcome.ok) {
        result =
          outcome.reason === "open"
            ? { ok: false, reason: "circuit-open" }
            : outcome.error instanceof DeadlineError
              ? { ok: false, reason: "deadline" }
              : { ok: false, reason: "failed", error: outcome.error };
      } else if (outcome.value.ok) {
        result = { ok: true, value: outcome.value.value };
      } else {
        result = { ok: false, reason: "busy" };
      }
      if (!result.ok) options.onFailure?.(result.reason, result.reason === "failed" ? result.error : undefined);
      return result;
    },
  };
}

function hasStatus(e: unknown): boolean {
  return typeof e === "object" && e !== null && typeof (e as { status?: unknown }).status === "number";
}
