import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { resolve } from "node:path";
import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import type { Answerer, OfflineAnswerer } from "../answer/answerer.js";
import type { QuestionCondenser } from "../answer/llm/create-llm-condenser.js";
import type { Logger } from "../answer/logger.js";
import type { AppConfig } from "../config/app-config.js";
import type { Corpus } from "../corpus/load-corpus.js";
import type { CheckHandler } from "../engine/check-handler.js";
import { createEngine } from "../engine/create-engine.js";
import type { Engine } from "../engine/engine.js";
import { packageRoot } from "../package-root.js";
import type { LlmGuard } from "../limits/create-llm-guard.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { ConversationStore } from "../store/conversation-store.js";

export interface AnswerEngineParts {
  app: {
    corpus(): Corpus;
    offlineAnswerer(): OfflineAnswerer;
    queryAnalyzer(): QueryAnalyzer;
    lexicon(): Lexicon;
    conversationStore(): ConversationStore;
    logger(): Logger;
    llmGuard(): LlmGuard;
    admissionKnowledge(): AdmissionKnowledge;
    profileExtractor(): ProfileExtractor;
    chatModel(): Promise<BaseChatModel>;
  };
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
    lexicon: app.lexicon(),
    answerer,
    condenser,
    store: app.conversationStore(),
    checkHandler: parts.checkHandler,
    logger: app.logger(),
    maxInputChars: config.limits.maxInputChars,
  });
}

/** Offline unless an LLM is configured; the LLM client libraries (and langchain's agent) are only loaded then. */
async function buildAnswerer({ app, config, retriever }: AnswerEngineParts): Promise<{ answerer: Answerer; condenser?: QuestionCondenser }> {
  const llm = config.llm;
  if (!llm) return { answerer: app.offlineAnswerer() };
  const [model, { createLlmAnswerer }, { createLlmCondenser }, { loadPrompts }, agentParts] = await Promise.all([
    app.chatModel(),
    import("../answer/llm/create-llm-answerer.js"),
    import("../answer/llm/create-llm-condenser.js"),
    import("../answer/llm/load-prompts.js"),
    llm.agentSteps > 0 ? import("./build-policy-agent.js") : Promise.resolve(null),
  ]);
  const prompts = loadPrompts(resolve(packageRoot(), "prompts"));
  const deadlineMs = config.limits.requestDeadlineMs;
  const logger = app.logger();
  const runner = app.llmGuard();
  const clauses = app.corpus().clauses;
  const agent = agentParts?.buildPolicyAgent({ app, model, prompts, retriever, runner, steps: llm.agentSteps });
  return {
    answerer: createLlmAnswerer({
      model,
      structuredMethod: llm.structuredMethod,
      prompts,
      offline: app.offlineAnswerer(),
      logger,
      deadlineMs,
      runner,
      clauses,
      contextTokens: llm.contextTokens,
      retriever,
      ...(agent ? { agent } : {}),
    }),
    condenser: createLlmCondenser({ model, prompts, logger, deadlineMs: Math.min(deadlineMs, llm.timeoutMs), runner }),
  };
}
