import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { RegisterResult } from "../adapters/discord/register-discord-commands.js";
import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import type { OfflineAnswerer } from "../answer/answerer.js";
import type { AppConfig } from "../config/app-config.js";
import type { Corpus } from "../corpus/load-corpus.js";
import type { CheckHandler } from "../engine/check-handler.js";
import type { Engine } from "../engine/engine.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { LlmGuard } from "../limits/create-llm-guard.js";
import type { RequestRateLimiter } from "../limits/request-rate-limiter.js";
import type { AlubotMetrics } from "../observability/alubot-metrics.js";
import type { RunningMetricsServer } from "../observability/metrics-server.js";
import type { Readiness } from "../observability/readiness.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { ConversationStore } from "../store/conversation-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { Stores } from "../store/resilient-stores.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import type { ChatTransportRequest } from "./create-transport-starters.js";
import type { TransportStarters } from "./start-transports.js";

export interface IndexBuildReport {
  dir: string;
  source: "cached" | "built";
  reason: string;
  embedderId: string;
  clauses: number;
}

/** What tests may replace; production uses the defaults createApp builds. */
export interface AppProviders {
  retriever?: (app: App) => Retriever | Promise<Retriever>;
  conversationStore?: (app: App) => ConversationStore;
  checkHandler?: (app: App) => CheckHandler;
  logger?: (app: App) => Pick<AdapterLogger, "info" | "warn" | "error"> & Partial<Pick<AdapterLogger, "debug">>;
}

/**
 * The long-lived services, built by the composition root (createApp, the only place that builds them
 * from configuration; its parts are the app-*.ts files beside it). Everything is created lazily, and the heavy libraries (jieba/hnswlib, LangChain, Bolt, discord.js)
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
