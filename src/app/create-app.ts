import { resolve } from "node:path";
import type { Answerer } from "../answer/answerer.js";
import { createOfflineAnswerer, type OfflineAnswerer } from "../answer/answerer.js";
import type { QuestionCondenser } from "../answer/llm/create-llm-condenser.js";
import { createSilentLogger, type Logger } from "../answer/logger.js";
import { packageRoot, type AppConfig } from "../config/app-config.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";
import type { CheckHandler } from "../engine/check-handler.js";
import { createEngine } from "../engine/create-engine.js";
import type { Engine } from "../engine/engine.js";
import type { Retriever } from "../retrieval/retriever.js";
import { createMemoryConversationStore, type ConversationStore } from "../store/conversation-store.js";
import { AppWiringError } from "./app-wiring-error.js";

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, so `alubot clause 3.4` never pays for what `alubot chat` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
  logger(): Logger;
  /** Async: the hybrid retriever (issue 3) loads or builds its index on first use. */
  retriever(): Promise<Retriever>;
  conversationStore(): ConversationStore;
  offlineAnswerer(): OfflineAnswerer;
  /** The engine every adapter calls; async because LLM mode loads @langchain/openai on demand. */
  engine(): Promise<Engine>;
}

/** Services other modules provide (retriever: issue 3, SQLite store, checker: issue 5, pino logger). */
export interface AppProviders {
  retriever?: (app: App) => Retriever | Promise<Retriever>;
  conversationStore?: (app: App) => ConversationStore;
  checkHandler?: (app: App) => CheckHandler;
  logger?: (app: App) => Logger;
}

export function createApp(config: AppConfig, providers: AppProviders = {}): App {
  let corpus: Corpus | undefined;
  let logger: Logger | undefined;
  let retriever: Promise<Retriever> | undefined;
  let store: ConversationStore | undefined;
  let offline: OfflineAnswerer | undefined;
  let engine: Promise<Engine> | undefined;

  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    logger: () => (logger ??= providers.logger?.(app) ?? createSilentLogger()),
    retriever: () => {
      if (retriever) return retriever;
      const provide = providers.retriever;
      if (!provide) return Promise.reject(new AppWiringError("检索模块尚未接入，暂时无法回答自由提问。可以使用 alubot clause / departments / targets 查询条款。"));
      return (retriever = Promise.resolve().then(() => provide(app)));
    },
    conversationStore: () => (store ??= providers.conversationStore?.(app) ?? createMemoryConversationStore()),
    offlineAnswerer: () => (offline ??= createOfflineAnswerer(app.corpus())),
    engine: () =>
      (engine ??= buildEngine().catch((err: unknown) => {
        // A failed build (index missing, bad prompt dir) is retried on the next call, not cached.
        engine = undefined;
        retriever = undefined;
        throw err;
      })),
  };

  async function buildEngine(): Promise<Engine> {
    const c = app.corpus();
    const { answerer, condenser } = await buildAnswerer();
    return createEngine({
      clauses: c.clauses,
      documents: c.documents,
      overview: app.offlineAnswerer().overview,
      retriever: await app.retriever(),
      answerer,
      condenser,
      store: app.conversationStore(),
      checkHandler: providers.checkHandler?.(app),
      logger: app.logger(),
      maxInputChars: config.limits.maxInputChars,
    });
  }

  /** Offline unless an LLM is configured; the LLM client libraries are only loaded then. */
  async function buildAnswerer(): Promise<{ answerer: Answerer; condenser?: QuestionCondenser }> {
    const llm = config.llm;
    if (!llm) return { answerer: app.offlineAnswerer() };
    const [{ ChatOpenAI }, { createLlmAnswerer }, { createLlmCondenser }, { loadPrompts }] = await Promise.all([
      import("@langchain/openai"),
      import("../answer/llm/create-llm-answerer.js"),
      import("../answer/llm/create-llm-condenser.js"),
      import("../answer/llm/load-prompts.js"),
    ]);
    // Never streaming: streaming + invoke counts tokens with tables downloaded at run time.
    const model = new ChatOpenAI({
      model: llm.model,
      apiKey: llm.apiKey,
      maxRetries: llm.maxRetries,
      timeout: llm.timeoutMs,
      temperature: 0,
      configuration: { baseURL: llm.baseURL },
    });
    const prompts = loadPrompts(resolve(packageRoot(), "prompts"));
    const deadlineMs = config.limits.requestDeadlineMs;
    return {
      answerer: createLlmAnswerer({ model, structuredMethod: llm.structuredMethod, prompts, offline: app.offlineAnswerer(), logger: app.logger(), deadlineMs }),
      condenser: createLlmCondenser({ model, prompts, logger: app.logger(), deadlineMs: Math.min(deadlineMs, llm.timeoutMs) }),
    };
  }

  return app;
}
