import { join } from "node:path";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
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
import { startMetricsServer, type HealthReport, type RunningMetricsServer } from "../observability/metrics-server.js";
import { createReadiness, type Readiness } from "../observability/readiness.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { ConversationStore } from "../store/conversation-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import { createResilientStores, type Stores } from "../store/resilient-stores.js";
import { scheduleRetention } from "../store/schedule-retention.js";
import type { StoreBackend } from "../store/store-backend.js";
import { createSqliteStores } from "../store/sqlite/create-sqlite-stores.js";
import { sqliteBackend } from "../store/sqlite/sqlite-backend.js";
import { AppWiringError } from "./app-wiring-error.js";
import { buildAnswerEngine } from "./build-answer-engine.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import { createDefaultQueryAnalyzer } from "../understanding/default-query-analyzer.js";
import { primeDefaultLexicon } from "../lexicon/default-lexicon.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { MetricsServerError } from "./metrics-server-error.js";
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
  /** The one query analysis (lexicon, phrasing) the engine, retrieval and composers share. */
  queryAnalyzer(): QueryAnalyzer;
  /**
   * The domain lexicon, its validated form cached in `<dataDir>/index` (keyed by the data and the
   * schema code). Every service that reads the lexicon asks for it here first, so the shipped
   * lexicon is loaded through the cache rather than validated from scratch.
   */
  lexicon(): Lexicon;
  /** The answer engine behind the guard (input hygiene, rate limits, audit, metrics); built on the first message. */
  engine(): Engine;
  /** Persistent feedback store (the SQLite store's, counted in metrics). */
  feedbackStore(): FeedbackStore;
  /** Builds the Slack/Discord/terminal starters around one engine and store. */
  transportStarters(deps: ChatTransportRequest): TransportStarters;
  /** PUTs the Discord slash commands (requires DISCORD_TOKEN and DISCORD_APPLICATION_ID). */
  registerDiscordCommands(): Promise<RegisterResult>;
  metrics(): AlubotMetrics;
  /** Per-transport readiness that /healthz reports (and the alubot_transport_ready gauge mirrors). */
  readiness(): Readiness;
  /**
   * SQLite under dataDir, falling back to memory (loudly) when the data dir is unusable; or the
   * PostgreSQL of DATABASE_URL once openStores() has connected to it.
   */
  stores(): Stores;
  /**
   * Opens the configured store: immediate for SQLite; for PostgreSQL connects, migrates and reads the
   * shared salt, and rejects with a Chinese error naming the host when the database is unreachable.
   */
  openStores(): Promise<Stores>;
  requestRateLimiter(): RequestRateLimiter;
  /**
   * Concurrency cap + retries + circuit breaker for LLM calls. Every LLM call (answer, follow-up
   * rewrite, profile extraction) runs through this one instance, so the cap and breaker are global.
   */
  llmGuard(): LlmGuard;
  /**
   * The chat model of answers, the agent and `index --expand` (ChatOpenAI, loaded on first use);
   * throws ConfigError when no LLM is configured.
   */
  chatModel(): Promise<BaseChatModel>;
  /** Wraps an engine: input hygiene, rate limits, audit, metrics, logs. */
  guardEngine(engine: Engine): Engine;
  /**
   * Starts /healthz and /metrics when AppConfig.metricsPort is set; null otherwise. Throws
   * MetricsServerError (Chinese, names the address) when the port cannot be bound.
   */
  startMetricsServer(): Promise<RunningMetricsServer | null>;
  /** Stops timers, writes what memory still holds and closes the database (idempotent). */
  close(): Promise<void>;
}

const CIRCUIT_GAUGE = { closed: 0, "half-open": 1, open: 2 } as const;

export function createApp(config: AppConfig, providers: AppProviders = {}): App {
  let corpus: Corpus | undefined;
  let knowledge: AdmissionKnowledge | undefined;
  let extractor: ProfileExtractor | undefined;
  let logger: AdapterLogger | undefined;
  let metrics: AlubotMetrics | undefined;
  let readiness: Readiness | undefined;
  let stores: Stores | undefined;
  let opening: Promise<Stores> | undefined;
  let stopRetention: (() => void) | undefined;
  let rateLimiter: RequestRateLimiter | undefined;
  let llmGuard: LlmGuard | undefined;
  let chatModel: Promise<BaseChatModel> | undefined;
  let retriever: Promise<Retriever> | undefined;
  let conversationStore: ConversationStore | undefined;
  let offline: OfflineAnswerer | undefined;
  let queryAnalyzer: QueryAnalyzer | undefined;
  let engine: Engine | undefined;
  const scheduler = createSystemScheduler();

  // Feedback is counted here, once, whichever adapter saves it.
  const wrapStores = (created: Stores): Stores => ({
    ...created,
    feedback: {
      async saveFeedback(record) {
        app.metrics().feedback.inc({ rating: record.rating });
        await created.feedback.saveFeedback(record);
      },
    },
  });

  const buildIndex = async (force: boolean, onProgress?: (done: number, total: number) => void) => {
    app.lexicon();
    // Imported lazily: jieba and hnswlib cost start-up time that corpus-only commands never pay.
    const { buildRetriever } = await import("../retrieval/build-retriever.js");
    return buildRetriever({ corpus: app.corpus(), dataDir: config.dataDir, embedding: config.embedding, forceRebuild: force, onProgress, queryAnalyzer: app.queryAnalyzer() });
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
    lexicon: () => primeDefaultLexicon(join(config.dataDir, "index")),
    admissionKnowledge: () => {
      app.lexicon();
      return (knowledge ??= buildAdmissionKnowledge(app.corpus()));
    },
    profileExtractor: () => {
      if (extractor) return extractor;
      const k = app.admissionKnowledge();
      extractor = config.llm ? createLazyLlmProfileExtractor(config.llm, k, app.llmGuard()) : createOfflineProfileExtractor(k);
      return extractor;
    },
    conversationStore: () => (conversationStore ??= providers.conversationStore?.(app) ?? app.stores().conversations),
    offlineAnswerer: () => {
      app.lexicon();
      return (offline ??= createOfflineAnswerer(app.corpus()));
    },
    queryAnalyzer: () => {
      app.lexicon();
      return (queryAnalyzer ??= createDefaultQueryAnalyzer(app.corpus().clauses));
    },
    engine: () =>
      (engine ??= createLazyEngine(async () => {
        // The guard audits and rate-limits through the store, which (PostgreSQL) must be connected first.
        await app.openStores();
        return app.guardEngine(
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
        );
      }, app.logger())),
    feedbackStore: () => app.stores().feedback,
    // Feedback (adapters) and audit (guard) must pseudonymize a user with the same salted hash; the
    // adapters read the engine's own conversation store and keep button payloads and event ids in the
    // configured store (PostgreSQL: shared, so any replica can answer a click or drop a retry).
    transportStarters(deps) {
      const s = app.stores();
      // Replicas (PostgreSQL): Discord shards owned by one replica each.
      const sharding = s.replica ? { discordShards: { leases: s.replica.shardLeases, ...config.discordSharding } } : {};
      return createLazyTransportStarters({
        hashUser: s.hashUserId, conversations: app.conversationStore(), buttonPayloads: s.buttonPayloads, eventDedupe: s.eventDedupe,
        catalog: buildDocumentCatalog(app.corpus()), ...sharding, ...deps,
      });
    },
    async registerDiscordCommands() {
      if (!config.discord) throw new ConfigError("未配置 Discord：请设置 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID。");
      const { registerDiscordCommands } = await import("../adapters/discord/register-discord-commands.js");
      return registerDiscordCommands(config.discord);
    },
    metrics: () => (metrics ??= createAlubotMetrics()),
    readiness() {
      if (readiness) return readiness;
      const m = app.metrics();
      readiness = createReadiness((transport, ready) => m.transportReady.set(ready ? 1 : 0, { transport }));
      return readiness;
    },
    stores() {
      if (stores) return stores;
      if (config.store.kind === "postgres") {
        // Every path that needs the store awaits openStores() first (start, the engine); reaching here is a wiring bug.
        throw new AppWiringError("PostgreSQL 存储尚未连接（内部错误：应先调用 openStores）。");
      }
      const log = app.logger();
      return (stores = wrapStores(
        createResilientStores({
          open: () => {
            const sqlite = createSqliteStores({ dataDir: config.dataDir, retentionDays: config.retentionDays });
            const backend = sqliteBackend(sqlite, config.dataDir);
            stopRetention = scheduleRetention(backend.prune, log);
            return backend;
          },
          logger: log,
          onStoreError: (store) => app.metrics().storeErrors.inc({ store }),
        }),
      ));
    },
    openStores() {
      if (stores) return Promise.resolve(stores);
      if (config.store.kind !== "postgres") return Promise.resolve(app.stores());
      const url = config.store.url;
      opening ??= (async () => {
        const { openPostgresStores } = await import("../store/postgres/open-postgres-stores.js");
        const log = app.logger();
        const pg = await openPostgresStores({
          url,
          retentionDays: config.retentionDays,
          pool: { onIdleError: (err) => log.warn({ err: err.message }, "PostgreSQL 空闲连接出错（服务器重启或网络中断？），将自动重连") },
        });
        log.info({ database: pg.location }, "已连接 PostgreSQL 共享存储");
        const backend: StoreBackend = pg;
        stopRetention = scheduleRetention(backend.prune, log);
        stores = wrapStores(
          createResilientStores({
            open: () => backend,
            replica: pg,
            logger: log,
            onStoreError: (store) => app.metrics().storeErrors.inc({ store }),
            // A lost network database must not slow answers: after a failure, writes skip it for 2 s,
            // and a timer replays what memory holds as soon as it answers again.
            retryAfterMs: 2000,
            replayEveryMs: 1000,
          }),
        );
        return stores;
      })();
      // A failed connection must not poison later attempts (the next message retries).
      opening.catch(() => (opening = undefined));
      return opening;
    },
    requestRateLimiter: () =>
      (rateLimiter ??= createRequestRateLimiter({
        userPerMinute: config.limits.userPerMinute,
        channelPerMinute: config.limits.channelPerMinute,
        clock: scheduler,
        // Replicas on PostgreSQL share one budget per user and channel; otherwise this process counts.
        ...(stores?.replica ? { windows: stores.replica.rateWindows } : {}),
      })),
    llmGuard() {
      if (llmGuard) return llmGuard;
      const m = app.metrics();
      const log = app.logger();
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
      llmGuard = {
        ...guard,
        async run(call) {
          const outcome = await guard.run(call);
          m.llmCalls.inc({ outcome: outcome.ok ? "ok" : outcome.reason });
          return outcome;
        },
      };
      return llmGuard;
    },
    chatModel() {
      const llm = config.llm;
      if (!llm) return Promise.reject(new ConfigError("未配置大模型：请设置 OPENAI_API_KEY（以及 OPENAI_BASE_URL、OPENAI_MODEL）。"));
      return (chatModel ??= import("../answer/llm/create-chat-model.js").then((m) => m.createChatModel(llm)));
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
      const host = config.metricsHost ?? "127.0.0.1";
      const registry = app.metrics().registry;
      registry.collectDefaults();
      const ready = app.readiness();
      const health = (): HealthReport => {
        const { ready: isReady, transports } = ready.report();
        const store = stores ? stores.health() : { status: "ok" as const, details: {} };
        const status = !isReady ? "unavailable" : store.status;
        return { status, ready: isReady, transports, ...(Object.keys(store.details).length ? { details: store.details } : {}) };
      };
      let running: RunningMetricsServer;
      try {
        running = await startMetricsServer({ port: config.metricsPort, host, registry, health });
      } catch (err) {
        throw new MetricsServerError(host, config.metricsPort, err);
      }
      app.logger().info({ host, port: running.port }, "metrics server listening");
      return running;
    },
    async close() {
      stopRetention?.();
      stopRetention = undefined;
      await stores?.close();
    },
  };
  return app;
}
