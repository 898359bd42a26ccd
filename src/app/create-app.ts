import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { RegisterResult } from "../adapters/discord/register-discord-commands.js";
import { buildAdmissionKnowledge, type AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { createOfflineProfileExtractor, type ProfileExtractor } from "../admission/profile-extractor.js";
import { createOfflineAnswerer, type OfflineAnswerer } from "../answer/answerer.js";
import type { AppConfig } from "../config/app-config.js";
import { ConfigError } from "../config/config-error.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";
import type { CheckHandler } from "../engine/check-handler.js";
import { createAdmissionCheckHandler } from "../engine/create-admission-check-handler.js";
import { createLazyEngine } from "../engine/create-lazy-engine.js";
import type { Engine } from "../engine/engine.js";
import { guardEngine } from "../engine/guard-engine.js";
import { createLlmGuard, type LlmGuard } from "../limits/create-llm-guard.js";
import { createRequestRateLimiter, type RequestRateLimiter } from "../limits/request-rate-limiter.js";
import { createSystemScheduler } from "../limits/scheduler.js";
import { createAlubotMetrics, type AlubotMetrics } from "../observability/alubot-metrics.js";
import { createLogger } from "../observability/create-logger.js";
import { startMetricsServer, type RunningMetricsServer } from "../observability/metrics-server.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { ConversationStore } from "../store/conversation-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import { createResilientStores, type Stores } from "../store/resilient-stores.js";
import { scheduleRetention } from "../store/schedule-retention.js";
import { createSqliteStores } from "../store/sqlite/create-sqlite-stores.js";
import { buildAnswerEngine } from "./build-answer-engine.js";
import { buildDocumentCatalog } from "../adapters/document-catalog.js";
import type { ChatTransportRequest } from "./create-transport-starters.js";
import { createLazyLlmProfileExtractor, createLazyTransportStarters } from "./lazy-services.js";
import type { TransportStarters } from "./start-transports.js";

export interface IndexBuildReport {
  dir: string;
  source: "cached" | "built";
  reason: string;
  embedderId: string;
  clauses: number;
}

/** What tests may replace; production uses the defaults built here. */
export interface AppProviders {
  retriever?: (app: App) => Retriever | Promise<Retriever>;
  conversationStore?: (app: App) => ConversationStore;
  checkHandler?: (app: App) => CheckHandler;
  logger?: (app: App) => Pick<AdapterLogger, "info" | "warn" | "error"> & Partial<Pick<AdapterLogger, "debug">>;
}

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, and the heavy libraries (jieba/hnswlib, LangChain, Bolt, discord.js)
 * are imported on first use, so `alubot clause 3.4` never pays for what `alubot start` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
  logger(): AdapterLogger;
  /** The hybrid retriever; its index is read from `<dataDir>/index/…` or built on first use. */
  retriever(): Promise<Retriever>;
  /** Rebuilds the retrieval index from scratch (`alubot index`); the next retriever() uses it. */
  rebuildIndex(onProgress?: (done: number, total: number) => void): Promise<IndexBuildReport>;
  /** Zones, clusters and clauses the admission rules read, derived from the corpus. */
  admissionKnowledge(): AdmissionKnowledge;
  /** LLM extraction with offline fallback when an LLM is configured, else the offline extractor. */
  profileExtractor(): ProfileExtractor;
  conversationStore(): ConversationStore;
  offlineAnswerer(): OfflineAnswerer;
  /** The answer engine behind the guard (input hygiene, rate limits, audit, metrics); built on the first message. */
  engine(): Engine;
  /** Persistent feedback store (the SQLite store's, counted in metrics). */
  feedbackStore(): FeedbackStore;
  /** Builds the Slack/Discord/terminal starters around one engine and store. */
  transportStarters(deps: ChatTransportRequest): TransportStarters;
  /** PUTs the Discord slash commands (requires DISCORD_TOKEN and DISCORD_APPLICATION_ID). */
  registerDiscordCommands(): Promise<RegisterResult>;
  metrics(): AlubotMetrics;
  /** SQLite under dataDir, falling back to memory (loudly) when the data dir is unusable. */
  stores(): Stores;
  requestRateLimiter(): RequestRateLimiter;
  /**
   * Concurrency cap + retries + circuit breaker for LLM calls. Every LLM call (answer, follow-up
   * rewrite, profile extraction) runs through this one instance, so the cap and breaker are global.
   */
  llmGuard(): LlmGuard;
  /** Wraps an engine: input hygiene, rate limits, audit, metrics, logs. */
  guardEngine(engine: Engine): Engine;
  /** Starts /healthz and /metrics when AppConfig.metricsPort is set; null otherwise. */
  startMetricsServer(): Promise<RunningMetricsServer | null>;
  /** Stops timers and closes the database (idempotent). */
  close(): void;
}

const CIRCUIT_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

export function createApp(config: AppConfig, providers: AppProviders = {}): App {
  let corpus: Corpus | undefined;
  let knowledge: AdmissionKnowledge | undefined;
  let extractor: ProfileExtractor | undefined;
  let logger: AdapterLogger | undefined;
  let metrics: AlubotMetrics | undefined;
  let stores: Stores | undefined;
  let stopRetention: (() => void) | undefined;
  let rateLimiter: RequestRateLimiter | undefined;
  let llmGuard: LlmGuard | undefined;
  let retriever: Promise<Retriever> | undefined;
  let conversationStore: ConversationStore | undefined;
  let offline: OfflineAnswerer | undefined;
  let engine: Engine | undefined;
  const scheduler = createSystemScheduler();

  const buildIndex = async (force: boolean, onProgress?: (done: number, total: number) => void) => {
    // Imported lazily: jieba and hnswlib cost start-up time that corpus-only commands never pay.
    const { buildRetriever } = await import("../retrieval/build-retriever.js");
    return buildRetriever({ corpus: app.corpus(), dataDir: config.dataDir, embedding: config.embedding, forceRebuild: force, onProgress });
  };

  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    logger() {
      if (logger) return logger;
      const provided = providers.logger?.(app);
      // A test recorder may omit debug; debug lines are the only ones it can safely drop.
      logger = provided
        ? { debug: (o, m) => provided.debug?.(o, m), info: (o, m) => provided.info(o, m), warn: (o, m) => provided.warn(o, m), error: (o, m) => provided.error(o, m) }
        : createLogger({ level: config.logLevel });
      return logger;
    },
    retriever() {
      const provide = providers.retriever;
      retriever ??= provide ? Promise.resolve().then(() => provide(app)) : buildIndex(false).then((b) => b.retriever);
      // A failed build must not poison later calls (e.g. a transient embedding outage).
      retriever.catch(() => (retriever = undefined));
      return retriever;
    },
    async rebuildIndex(onProgress) {
      const built = await buildIndex(true, onProgress);
      retriever = Promise.resolve(built.retriever);
      return {
        dir: built.dense.dir,
        source: built.dense.source,
        reason: built.dense.reason,
        embedderId: built.embedderId,
        clauses: app.corpus().clauses.length,
      };
    },
    admissionKnowledge: () => (knowledge ??= buildAdmissionKnowledge(app.corpus())),
    profileExtractor: () => {
      if (extractor) return extractor;
      const k = app.admissionKnowledge();
      extractor = config.llm ? createLazyLlmProfileExtractor(config.llm, k, app.llmGuard()) : createOfflineProfileExtractor(k);
      return extractor;
    },
    conversationStore: () => (conversationStore ??= providers.conversationStore?.(app) ?? app.stores().conversations),
    offlineAnswerer: () => (offline ??= createOfflineAnswerer(app.corpus())),
    engine: () =>
      (engine ??= app.guardEngine(
        createLazyEngine(
          async () =>
            buildAnswerEngine({
              app,
              config,
              retriever: await app.retriever(),
              checkHandler:
                providers.checkHandler?.(app) ??
                createAdmissionCheckHandler({ knowledge: app.admissionKnowledge(), extractor: app.profileExtractor(), clauses: app.corpus().clauses }),
            }),
          app.logger(),
        ),
      )),
    feedbackStore: () => app.stores().feedback,
    // Feedback (adapters) and audit (guard) must pseudonymize a user with the same salted hash; the
    // adapters read the engine's own conversation store and keep button payloads and event ids in the database.
    transportStarters(deps) {
      const s = app.stores();
      return createLazyTransportStarters({
        hashUser: s.hashUserId, conversations: app.conversationStore(), buttonPayloads: s.buttonPayloads, eventDedupe: s.eventDedupe,
        catalog: buildDocumentCatalog(app.corpus()), ...deps,
      });
    },
    async registerDiscordCommands() {
      if (!config.discord) throw new ConfigError("未配置 Discord：请设置 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID。");
      const { registerDiscordCommands } = await import("../adapters/discord/register-discord-commands.js");
      return registerDiscordCommands(config.discord);
    },
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
      return llmGuard;
    },
    guardEngine(inner) {
      const s = app.stores();
      return guardEngine(inner, {
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
