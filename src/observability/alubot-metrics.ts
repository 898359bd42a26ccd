import { createMetricsRegistry, type Counter, type Gauge, type Histogram, type MetricsRegistry } from "./metrics-registry.js";

/** The bot's metrics, created once in the composition root and injected where they are counted. */
export interface AlubotMetrics {
  registry: MetricsRegistry;
  /** {platform} */
  questions: Counter;
  /** seconds, {platform} */
  latency: Histogram;
  /** {mode, kind}: offline / llm / llm-fallback × reply kind */
  answers: Counter;
  /** {reason}: out-of-scope, too-long, empty, rate-limited, busy, deadline */
  refusals: Counter;
  /** {reason}: failed, deadline, circuit-open, busy */
  llmFailures: Counter;
  /** {rating}: up / down */
  feedback: Counter;
  /** {store}: writes that failed and fell back to memory */
  storeErrors: Counter;
  /** 0 closed, 1 half-open, 2 open */
  circuitState: Gauge;
}

const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createAlubotMetrics(): AlubotMetrics {
  const registry = createMetricsRegistry();
  return {
    registry,
    questions: registry.counter("alubot_questions_total", "Questions received, by platform."),
    latency: registry.histogram("alubot_answer_duration_seconds", "Time from question to reply, by platform.", LATENCY_BUCKETS_S),
    answers: registry.counter("alubot_answers_total", "Replies sent, by answer mode and reply kind."),
    refusals: registry.counter("alubot_refusals_total", "Questions refused or rejected, by reason."),
    llmFailures: registry.counter("alubot_llm_failures_total", "LLM calls that failed and fell back, by reason."),
    feedback: registry.counter("alubot_feedback_total", "Feedback received, by rating."),
    storeErrors: registry.counter("alubot_store_errors_total", "Store writes that failed (kept in memory instead), by store."),
    circuitState: registry.gauge("alubot_llm_circuit_state", "LLM circuit breaker: 0 closed, 1 half-open, 2 open."),
  };
}
