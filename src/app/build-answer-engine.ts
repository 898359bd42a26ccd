import { resolve } from "node:path";
import type { Answerer, OfflineAnswerer } from "../answer/answerer.js";
import type { QuestionCondenser } from "../answer/llm/create-llm-condenser.js";
import type { Logger } from "../answer/logger.js";
import { packageRoot, type AppConfig } from "../config/app-config.js";
import type { Corpus } from "../corpus/load-corpus.js";
import type { CheckHandler } from "../engine/check-handler.js";
import { createEngine } from "../engine/create-engine.js";
import type { Engine } from "../engine/engine.js";
import type { LlmGuard } from "../limits/create-llm-guard.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import type { ConversationStore } from "../store/conversation-store.js";

export interface AnswerEngineParts {
  app: { corpus(): Corpus; offlineAnswerer(): OfflineAnswerer; queryAnalyzer(): QueryAnalyzer; conversationStore(): ConversationStore; logger(): Logger; llmGuard(): LlmGuard };
  config: AppConfig;
  retriever: Retriever;
  checkHandler?: CheckHandler;
}

/** Part of the composition root: the engine, offline or with the configured LLM. */
export async function buildAnswerEngine(parts: AnswerEngineParts): Promise<Engine> {
  const { app, config } = parts;
  const c = app.corpus();
  const { answerer, condenser } = await buildAnswerer(parts);
  return createEngine({
    clauses: c.clauses,
    documents: c.documents,
    overview: app.offlineAnswerer().overview,
    retriever: parts.retriever,
    analyzer: app.queryAnalyzer(),
    answerer,
    condenser,
    store: app.conversationStore(),
    checkHandler: parts.checkHandler,
    logger: app.logger(),
    maxInputChars: config.limits.maxInputChars,
  });
}

/** Offline unless an LLM is configured; the LLM client libraries are only loaded then. */
async function buildAnswerer({ app, config }: AnswerEngineParts): Promise<{ answerer: Answerer; condenser?: QuestionCondenser }> {
  const llm = config.llm;
  if (!llm) return { answerer: app.offlineAnswerer() };
  const [{ ChatOpenAI }, { createLlmAnswerer }, { createLlmCondenser }, { loadPrompts }] = await Promise.all([
    import("@langchain/openai"),
    import("../answer/llm/create-llm-answerer.js"),
    import("../answer/llm/create-llm-condenser.js"),
    import("../answer/llm/load-prompts.js"),
  ]);
  // Never streaming: streaming + invoke counts tokens with tables downloaded at run time.
  // maxRetries 0: the app's LLM guard retries (bounded, with backoff, seen by the circuit breaker).
  const model = new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    maxRetries: 0,
    timeout: llm.timeoutMs,
    temperature: 0,
    configuration: { baseURL: llm.baseURL },
  });
  const prompts = loadPrompts(resolve(packageRoot(), "prompts"));
  const deadlineMs = config.limits.requestDeadlineMs;
  const logger = app.logger();
  const runner = app.llmGuard();
  return {
    answerer: createLlmAnswerer({ model, structuredMethod: llm.structuredMethod, prompts, offline: app.offlineAnswerer(), logger, deadlineMs, runner }),
    condenser: createLlmCondenser({ model, prompts, logger, deadlineMs: Math.min(deadlineMs, llm.timeoutMs), runner }),
  };
}
