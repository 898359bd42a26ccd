import type { AppConfig } from "../config/app-config.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";
import type { Engine } from "../engine/engine.js";
import { guardEngine } from "../engine/guard-engine.js";
import { createLlmGuard, type LlmGuard } from "../limits/create-llm-guard.js";
import { createRequestRateLimiter, type RequestRateLimiter } from "../limits/request-rate-limiter.js";
import { createSystemScheduler } from "../limits/scheduler.js";
import { createAlubotMetrics, type AlubotMetrics } from "../observability/alubot-metrics.js";
import { createLogger, type Logger } from "../observability/create-logger.js";
import { startMetricsServer, type RunningMetricsServer } from "../observability/metrics-server.js";
import { createResilientStores, type Stores } from "../store/resilient-stores.js";
import { scheduleRetention } from "../store/schedule-retention.js";
import { createSqliteStores } from "../store/sqlite/create-sqlite-stores.js";

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, so `alubot clause 3.4` never pays for what `alubot chat` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
  logger(): Logger;
  metrics(): AlubotMetrics;
  /** SQLite under dataDir, falling back to memory (loudly) when the data dir is unusable. */
  stores(): Stores;
  requestRateLimiter(): RequestRateLimiter;
  /** Concurrency cap + retries + circuit breaker for LLM calls; the engine's LLM mode runs through it. */
  llmGuard(): LlmGuard;
  /** Wraps the real engine once: input hygiene, rate limits, audit, metrics, logs. */
  guardEngine(engine: Engine): Engine;
  /** Starts /healthz and /metrics when AppConfig.metricsPort is set; null otherwise. */
  startMetricsServer(): Promise<RunningMetricsServer | null>;
  /** Stops timers and closes the database (idempotent). */
  close(): void;
}

const CIRCUIT_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

export function createApp(config: AppConfig): App {
  let corpus: Corpus | undefined;
  let logger: Logger | undefined;
  let metrics: AlubotMetrics | undefined;
  let stores: Stores | undefined;
  let stopRetention: (() => void) | undefined;
  let rateLimiter: RequestRateLimiter | undefined;
  let llmGuard: LlmGuard | undefined;
  const scheduler = createSystemScheduler();

  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    logger: () => (logger ??= createLogger({ level: config.logLevel })),
    metrics: () => (metrics ??= createAlubotMetrics()),
    stores() {
      if (stores) return stores;
      const log = app.logger();
      const m = app.metrics();
      const created = createResilientStores({
        open: () => {
          const sqlite = createSqliteStores({ dataDir: config.dataDir, retentionDays: config.retentionDays });
          stopRetention = scheduleRetention(sqlite.prune, log);
          return sqlite;
        },
        logger: log,
        onStoreError: (store) => m.storeErrors.inc({ store }),
      });
      // Feedback is counted here, once, whichever adapter saves it.
      stores = {
        ...created,
        feedback: {
          saveFeedback(record) {
            m.feedback.inc({ rating: record.rating });
            created.feedback.saveFeedback(record);
          },
        },
      };
      return stores;
    },
    requestRateLimiter: () =>
      (rateLimiter ??= createRequestRateLimiter({
        userPerMinute: config.limits.userPerMinute,
        channelPerMinute: config.limits.channelPerMinute,
        clock: scheduler,
      })),
    llmGuard() {
      if (llmGuard) return llmGuard;
      const m = app.metrics();
      const log = app.logger();
      llmGuard = createLlmGuard({
        limits: config.limits,
        scheduler,
        onFailure: (reason) => m.llmFailures.inc({ reason }),
        onCircuitChange: (from, to) => {
          m.circuitState.set(CIRCUIT_GAUGE[to]);
          const fields = { from, to };
          if (to === "open") log.error(fields, "LLM 服务连续失败，已暂停调用，改用离线回答");
          else log.warn(fields, "LLM 熔断状态变化");
        },
      });
      return llmGuard;
    },
    guardEngine(engine) {
      const s = app.stores();
      return guardEngine(engine, {
        maxInputChars: config.limits.maxInputChars,
        hashUserId: s.hashUserId,
        rateLimiter: app.requestRateLimiter(),
        audit: s.audit,
        metrics: app.metrics(),
        logger: app.logger(),
      });
    },
    async startMetricsServer() {
      if (config.metricsPort === undefined) return null;
      const running = await startMetricsServer({
        port: config.metricsPort,
        host: config.metricsHost ?? "127.0.0.1",
        registry: app.metrics().registry,
        health: () => (stores ? stores.health() : { status: "ok" }),
      });
      app.logger().info({ host: config.metricsHost ?? "127.0.0.1", port: running.port }, "metrics server listening");
      return running;
    },
    close() {
      stopRetention?.();
      stopRetention = undefined;
      stores?.close();
    },
  };
  return app;
}
