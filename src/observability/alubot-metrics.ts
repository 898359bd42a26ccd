import { createMetricsRegistry, type Counter, type Gauge, type Histogram, type MetricsRegistry } from "./metrics-registry.js";

/** The bot's metrics, created once in the composition root and injected where they are counted. */
export interface AlubotMetrics {
  registry: MetricsRegistry;
  /** {platform, kind}: every question, by where it came from and the kind of reply it got */
  questions: Counter;
  /** seconds, {platform} */
  latency: Histogram;
  /** {mode, kind}: offline / llm / llm-fallback × reply kind */
  answers: Counter;
  /** {reason}: out-of-scope, refusal, too-long, empty, rate-limited-*, busy, deadline, … */
  refusals: Counter;
  /** {outcome}: ok, failed, deadline, circuit-open, busy — every call through the LLM guard */
  llmCalls: Counter;
  /** {reason}: failed, deadline, circuit-open, busy */
  llmFailures: Counter;
  /** {platform}: replies that fell back from the LLM to the offline answer (mode llm-fallback) */
  llmFallbacks: Counter;
  /** {rating}: up / down */
  feedback: Counter;
  /** {store}: writes that failed and fell back to memory */
  storeErrors: Counter;
  /** 0 closed, 1 half-open, 2 open */
  circuitState: Gauge;
  /** {transport}: 1 when the transport can take messages (what /healthz reports), else 0 */
  transportReady: Gauge;
}

const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createAlubotMetrics(): AlubotMetrics {
  const registry = createMetricsRegistry();
  return {
    registry,
    questions: registry.counter("alubot_questions_total", "Questions received, by platform and reply kind.", ["platform", "kind"]),
    latency: registry.histogram("alubot_answer_duration_seconds", "Time from question to reply, by platform.", LATENCY_BUCKETS_S, ["platform"]),
    answers: registry.counter("alubot_answers_total", "Replies sent, by answer mode and reply kind.", ["mode", "kind"]),
    refusals: registry.counter("alubot_refusals_total", "Questions refused or rejected, by reason.", ["reason"]),
    llmCalls: registry.counter("alubot_llm_calls_total", "LLM calls through the guard (retries included in one call), by outcome.", ["outcome"]),
    llmFailures: registry.counter("alubot_llm_failures_total", "LLM calls that failed and fell back, by reason.", ["reason"]),
    llmFallbacks: registry.counter("alubot_llm_fallbacks_total", "Replies answered offline because the LLM answer failed or did not verify, by platform.", ["platform"]),
    feedback: registry.counter("alubot_feedback_total", "Feedback received, by rating.", ["rating"]),
    storeErrors: registry.counter("alubot_store_errors_total", "Store writes that failed (kept in memory instead), by store.", ["store"]),
    circuitState: registry.gauge("alubot_llm_circuit_state", "LLM circuit breaker: 0 closed, 1 half-open, 2 open."),
    transportReady: registry.gauge("alubot_transport_ready", "1 when the chat transport is connected and taking messages.", ["transport"]),
  };
}
