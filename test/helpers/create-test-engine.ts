import type { Answerer } from "../../src/answer/answerer.js";
import { createOfflineAnswerer } from "../../src/answer/answerer.js";
import type { QuestionCondenser } from "../../src/answer/llm/create-llm-condenser.js";
import type { Logger } from "../../src/answer/logger.js";
import type { CheckHandler } from "../../src/engine/check-handler.js";
import { createEngine } from "../../src/engine/create-engine.js";
import type { Engine } from "../../src/engine/engine.js";
import type { Retriever } from "../../src/retrieval/retriever.js";
import { createMemoryConversationStore, type ConversationStore } from "../../src/store/conversation-store.js";
import { loadTestCorpus } from "./load-test-corpus.js";
import { createSimpleRetriever } from "./simple-retriever.js";

export interface RecordingLogger extends Logger {
  entries: { level: "debug" | "info" | "warn" | "error"; obj: any; msg?: string }[];
  debug(obj: object, msg?: string): void;
}

export function createRecordingLogger(): RecordingLogger {
  const entries: RecordingLogger["entries"] = [];
  return {
    entries,
    debug: (obj, msg) => void entries.push({ level: "debug", obj, msg }),
    info: (obj, msg) => void entries.push({ level: "info", obj, msg }),
    warn: (obj, msg) => void entries.push({ level: "warn", obj, msg }),
    error: (obj, msg) => void entries.push({ level: "error", obj, msg }),
  };
}

export interface TestEngineOptions {
  answerer?: Answerer;
  retriever?: Retriever;
  store?: ConversationStore;
  condenser?: QuestionCondenser;
  checkHandler?: CheckHandler;
  logger?: Logger;
}

/** The real engine over the real corpus, with the simple retriever double and a memory store. */
export function createTestEngine(options: TestEngineOptions = {}): { engine: Engine; store: ConversationStore; logger: Logger } {
  const corpus = loadTestCorpus();
  const offline = createOfflineAnswerer(corpus);
  const store = options.store ?? createMemoryConversationStore();
  const logger = options.logger ?? createRecordingLogger();
  const engine = createEngine({
    clauses: corpus.clauses,
    documents: corpus.documents,
    overview: offline.overview,
    retriever: options.retriever ?? createSimpleRetriever(corpus.clauses),
    answerer: options.answerer ?? offline,
    store,
    logger,
    maxInputChars: 2000,
    condenser: options.condenser,
    checkHandler: options.checkHandler,
  });
  return { engine, store, logger };
}

/** Sends the turns of one conversation in order and returns every reply. */
export async function converse(engine: Engine, conversationId: string, ...turns: string[]) {
  const replies = [];
  for (const text of turns) replies.push(await engine.handle({ text, conversationId, userId: "u1", platform: "cli" }));
  return replies;
}
