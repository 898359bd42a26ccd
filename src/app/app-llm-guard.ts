import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { AppConfig } from "../config/app-config.js";
import { createLlmGuard, type LlmGuard } from "../limits/create-llm-guard.js";
import type { Scheduler } from "../limits/scheduler.js";
import type { AlubotMetrics } from "../observability/alubot-metrics.js";

const CIRCUIT_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

/**
 * Part of the composition root: the one LLM guard (concurrency cap, retries, circuit breaker), its
 * failures, circuit changes and calls counted in the metrics and the breaker's changes logged.
 */
export function buildMeteredLlmGuard(config: AppConfig, scheduler: Scheduler, m: AlubotMetrics, log: AdapterLogger): LlmGuard {
  const guard = createLlmGuard({
    limits: config.limits,
    scheduler,
    // The guard owns the retry policy (the LLM clients are built with maxRetries 0).
    retry: { maxAttempts: (config.llm?.maxRetries ?? 1) + 1, baseDelayMs: 250, maxDelayMs: 4000 },
    ...(config.llmBreaker ? { breaker: config.llmBreaker } : {}),
    onFailure: (reason) => m.llmFailures.inc({ reason }),
    onCircuitChange: (from, to) => {
      m.circuitState.set(CIRCUIT_GAUGE[to]);
      const fields = { from, to };
      if (to === "open") log.error(fields, "LLM 服务连续失败，已暂停调用，改用离线回答");
      else log.warn(fields, "LLM 熔断状态变化");
    },
  });
  // Every LLM call (answer, follow-up rewrite, profile extraction) is counted here, once.
  return {
    ...guard,
    async run(call) {
      const outcome = await guard.run(call);
      m.llmCalls.inc({ outcome: outcome.ok ? "ok" : outcome.reason });
      return outcome;
    },
  };
}
