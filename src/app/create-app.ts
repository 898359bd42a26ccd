import type { Logger } from "pino";
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
import type { Retriever } from "../retrieval/retriever.js";
import { createMemoryConversationStore, type ConversationStore } from "../store/conversation-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import { AppWiringError } from "./app-wiring-error.js";
import { buildAnswerEngine } from "./build-answer-engine.js";
import { createLazyLlmProfileExtractor, createLazyTransportStarters } from "./lazy-services.js";
import { createLogger } from "./create-logger.js";
import type { ChatTransportDeps } from "./create-transport-starters.js";
import type { TransportStarters } from "./start-transports.js";

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, so `alubot clause 3.4` never pays for what `alubot chat` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
  /** Zones, clusters and clauses the admission rules read, derived from the corpus. */
  admissionKnowledge(): AdmissionKnowledge;
  /** LLM extraction with offline fallback when an LLM is configured, else the offline extractor. */
  profileExtractor(): ProfileExtractor;
  logger(): Logger | AdapterLogger;
  /** Async: the hybrid retriever (issue 3) loads or builds its index on first use. */
  retriever(): Promise<Retriever>;
  conversationStore(): ConversationStore;
  offlineAnswerer(): OfflineAnswerer;
  /** The answer engine; its retriever and LLM client are built on the first message. */
  engine: () => Engine;
  /** Persistent feedback store; optional until the SQLite store is wired in here. */
  feedbackStore?: () => FeedbackStore;
  /** Builds the Slack/Discord/terminal starters around one engine and store. */
  transportStarters(deps: ChatTransportDeps): TransportStarters;
  /** PUTs the Discord slash commands (requires DISCORD_TOKEN and DISCORD_APPLICATION_ID). */
  registerDiscordCommands(): Promise<RegisterResult>;
  /** Flushes and closes stores; called once at shutdown. */
  close?: () => Promise<void> | void;
}

/** Services other modules provide (retriever: issue 3, SQLite store, admission check handler); tests inject doubles. */
export interface AppProviders {
  retriever?: (app: App) => Retriever | Promise<Retriever>;
  conversationStore?: (app: App) => ConversationStore;
  checkHandler?: (app: App) => CheckHandler;
  logger?: (app: App) => Logger | AdapterLogger;
}

export function createApp(config: AppConfig, providers: AppProviders = {}): App {
  let corpus: Corpus | undefined;
  let knowledge: AdmissionKnowledge | undefined;
  let extractor: ProfileExtractor | undefined;
  let logger: Logger | AdapterLogger | undefined;
  let retriever: Promise<Retriever> | undefined;
  let store: ConversationStore | undefined;
  let offline: OfflineAnswerer | undefined;
  let engine: Engine | undefined;
  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    logger: () => (logger ??= providers.logger?.(app) ?? createLogger(config.logLevel)),
    transportStarters: (deps) => createLazyTransportStarters(deps),
    async registerDiscordCommands() {
      if (!config.discord) throw new ConfigError("未配置 Discord：请设置 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID。");
      const { registerDiscordCommands } = await import("../adapters/discord/register-discord-commands.js");
      return registerDiscordCommands(config.discord);
    },
    admissionKnowledge: () => (knowledge ??= buildAdmissionKnowledge(app.corpus())),
    profileExtractor: () => {
      if (extractor) return extractor;
      const k = app.admissionKnowledge();
      const llm = config.llm;
      extractor = llm ? createLazyLlmProfileExtractor(llm, k) : createOfflineProfileExtractor(k);
      return extractor;
    },
    retriever: () => {
      if (retriever) return retriever;
      const provide = providers.retriever;
      if (!provide) return Promise.reject(new AppWiringError("检索模块尚未接入，暂时无法回答自由提问。可以使用 alubot clause / departments / targets 查询条款。"));
      retriever = Promise.resolve().then(() => provide(app));
      // A failed index build is retried on the next call, not cached.
      retriever.catch(() => (retriever = undefined));
      return retriever;
    },
    conversationStore: () => (store ??= providers.conversationStore?.(app) ?? createMemoryConversationStore()),
    offlineAnswerer: () => (offline ??= createOfflineAnswerer(app.corpus())),
    engine: () =>
      (engine ??= createLazyEngine(
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
      )),
  };
  return app;
}
