import { join } from "node:path";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AdapterLogger } from "../adapters/adapter-logger.js";
import { buildDocumentCatalog } from "../adapters/document-catalog.js";
import { buildAdmissionKnowledge, type AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { createOfflineProfileExtractor, type ProfileExtractor } from "../admission/profile-extractor.js";
import { createOfflineAnswerer, type OfflineAnswerer } from "../answer/answerer.js";
import type { AppConfig } from "../config/app-config.js";
import { ConfigError } from "../config/config-error.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";
import { primeDefaultLexicon } from "../lexicon/default-lexicon.js";
import { primeDefaultPhrasing } from "../lexicon/default-phrasing.js";
import { primeSimplified } from "../text/to-simplified.js";
import type { LlmGuard } from "../limits/create-llm-guard.js";
import { createRequestRateLimiter, type RequestRateLimiter } from "../limits/request-rate-limiter.js";
import { createSystemScheduler } from "../limits/scheduler.js";
import { createAlubotMetrics, type AlubotMetrics } from "../observability/alubot-metrics.js";
import { createReadiness, type Readiness } from "../observability/readiness.js";
import type { ConversationStore } from "../store/conversation-store.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import { createDefaultQueryAnalyzer } from "../understanding/default-query-analyzer.js";
import type { App, AppProviders } from "./app.js";
import { createAppEngine } from "./app-engine.js";
import { buildMeteredLlmGuard } from "./app-llm-guard.js";
import { buildAppLogger } from "./app-logger.js";
import { startAppMetricsServer } from "./app-metrics-server.js";
import { createAppRetrieval } from "./app-retrieval.js";
import { createAppStores } from "./app-stores.js";
import { createLazyLlmProfileExtractor, createLazyTransportStarters } from "./lazy-services.js";

export type { App, AppProviders, IndexBuildReport } from "./app.js";

/**
 * The composition root: the only place that builds long-lived services from configuration. Each is
 * built on first use and kept; the larger parts (store, engine, retrieval, LLM guard, metrics
 * server, logger) live in the app-*.ts files beside this one and are assembled here, once.
 */
export function createApp(config: AppConfig, providers: AppProviders = {}): App {
  let corpus: Corpus | undefined;
  let knowledge: AdmissionKnowledge | undefined;
  let extractor: ProfileExtractor | undefined;
  let logger: AdapterLogger | undefined;
  let metrics: AlubotMetrics | undefined;
  let readiness: Readiness | undefined;
  let rateLimiter: RequestRateLimiter | undefined;
  let llmGuard: LlmGuard | undefined;
  let chatModel: Promise<BaseChatModel> | undefined;
  let conversationStore: ConversationStore | undefined;
  let offline: OfflineAnswerer | undefined;
  let queryAnalyzer: QueryAnalyzer | undefined;
  const scheduler = createSystemScheduler();
  // The parts call back into the app only when used, never while it is being assembled.
  const self = (): App => app;
  const stores = createAppStores(config, { logger: () => app.logger(), metrics: () => app.metrics() });

  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    logger: () => (logger ??= buildAppLogger(config, providers.logger, app)),
    ...createAppRetrieval(config, providers.retriever, self),
    lexicon: () => {
      // Every path that reads a question loads the lexicon first: the question cues and the text
      // normaliser's tables are primed beside it, from the same cache directory.
      const cacheDir = join(config.dataDir, "index");
      primeSimplified(cacheDir);
      primeDefaultPhrasing(cacheDir);
      return primeDefaultLexicon(cacheDir);
    },
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
    ...createAppEngine(config, providers.checkHandler, self),
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
    stores: () => stores.stores(),
    openStores: () => stores.openStores(),
    requestRateLimiter() {
      if (rateLimiter) return rateLimiter;
      // Replicas on PostgreSQL share one budget per user and channel; otherwise this process counts.
      const replica = stores.opened()?.replica;
      return (rateLimiter = createRequestRateLimiter({
        userPerMinute: config.limits.userPerMinute,
        channelPerMinute: config.limits.channelPerMinute,
        clock: scheduler,
        ...(replica ? { windows: replica.rateWindows } : {}),
      }));
    },
    llmGuard: () => (llmGuard ??= buildMeteredLlmGuard(config, scheduler, app.metrics(), app.logger())),
    chatModel() {
      const llm = config.llm;
      if (!llm) return Promise.reject(new ConfigError("未配置大模型：请设置 OPENAI_API_KEY（以及 OPENAI_BASE_URL、OPENAI_MODEL）。"));
      return (chatModel ??= import("../answer/llm/create-chat-model.js").then((m) => m.createChatModel(llm)));
    },
    startMetricsServer: () =>
      startAppMetricsServer(config, { metrics: () => app.metrics(), readiness: () => app.readiness(), openedStores: () => stores.opened(), logger: () => app.logger() }),
    close: () => stores.close(),
  };
  return app;
}
