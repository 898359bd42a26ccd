import type { LlmGuard, LlmGuardOutcome } from "../../limits/create-llm-guard.js";
import { withDeadline } from "./with-deadline.js";

/**
 * How an LLM call is run. In the app this is `app.llmGuard()` (concurrency cap, retries, circuit
 * breaker, deadline); a bare deadline runner serves unit tests and benches that build parts by hand.
 */
export type LlmCallRunner = Pick<LlmGuard, "run">;

/** Never rejects, like the guard: a timeout is "deadline", anything else "failed". */
export function createDeadlineRunner(deadlineMs: number): LlmCallRunner {
  return {
    async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<LlmGuardOutcome<T>> {
      try {
        return { ok: true, value: await withDeadline(deadlineMs, call) };
      } catch (error) {
        if (error instanceof Error && error.name === "DeadlineError") return { ok: false, reason: "deadline" };
        return { ok: false, reason: "failed", error };
      }
    },
  };
}

/** The log reason for an outcome that was not ok (the error's own description for "failed"). */
export function describeOutcome(outcome: Exclude<LlmGuardOutcome<unknown>, { ok: true }>): string {
  return outcome.reason === "deadline" ? "timeout" : outcome.reason;
}
