import type { Logger } from "pino";
import type { AdapterLogger } from "../adapters/adapter-logger.js";
import { registerDiscordCommands, type RegisterResult } from "../adapters/discord/register-discord-commands.js";
import { buildAdmissionKnowledge, type AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { createExtractionModel } from "../admission/create-extraction-model.js";
import { createLlmProfileExtractor } from "../admission/create-llm-profile-extractor.js";
import { createOfflineProfileExtractor, type ProfileExtractor } from "../admission/profile-extractor.js";
import type { AppConfig } from "../config/app-config.js";
import { ConfigError } from "../config/config-error.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";
import type { Engine } from "../engine/engine.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import { createLogger } from "./create-logger.js";
import { createTransportStarters, type ChatTransportDeps } from "./create-transport-starters.js";
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
  /** The answer engine; optional until the engine module is wired in here. */
  engine?: () => Engine;
  /** Persistent feedback store; optional until the SQLite store is wired in here. */
  feedbackStore?: () => FeedbackStore;
  /** Builds the Slack/Discord/terminal starters around one engine and store. */
  transportStarters(deps: ChatTransportDeps): TransportStarters;
  /** PUTs the Discord slash commands (requires DISCORD_TOKEN and DISCORD_APPLICATION_ID). */
  registerDiscordCommands(): Promise<RegisterResult>;
  /** Flushes and closes stores; called once at shutdown. */
  close?: () => Promise<void> | void;
}

export function createApp(config: AppConfig): App {
  let corpus: Corpus | undefined;
  let knowledge: AdmissionKnowledge | undefined;
  let extractor: ProfileExtractor | undefined;
  let logger: Logger | undefined;
  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    logger: () => (logger ??= createLogger(config.logLevel)),
    transportStarters: (deps) => createTransportStarters(deps),
    async registerDiscordCommands() {
      if (!config.discord) throw new ConfigError("未配置 Discord：请设置 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID。");
      return registerDiscordCommands(config.discord);
    },
    admissionKnowledge: () => (knowledge ??= buildAdmissionKnowledge(app.corpus())),
    profileExtractor: () => {
      if (extractor) return extractor;
      const k = app.admissionKnowledge();
      extractor = config.llm
        ? createLlmProfileExtractor({ model: createExtractionModel(config.llm), method: config.llm.structuredMethod, knowledge: k })
        : createOfflineProfileExtractor(k);
      return extractor;
    },
  };
  return app;
}
