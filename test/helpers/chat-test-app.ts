import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AdapterLogger } from "../../src/adapters/adapter-logger.js";
import type { ChatAdapterDeps } from "../../src/adapters/chat-adapter-deps.js";
import { buildDocumentCatalog } from "../../src/adapters/document-catalog.js";
import { createInFlight } from "../../src/adapters/in-flight.js";
import { createApp, type App } from "../../src/app/create-app.js";
import { loadConfig } from "../../src/config/app-config.js";
import { CORPUS_DIR } from "./load-test-corpus.js";
import { createSimpleRetriever } from "./simple-retriever.js";

/**
 * The real guarded engine with the real admission check and SQLite stores, on `dataDir` (a fresh
 * temp dir by default; pass the same one again to "restart"). The retriever is the bigram double:
 * these tests are about conversations, not ranking, and must not pay for an index build.
 */
export function createChatTestApp(dataDir: string = mkdtempSync(join(tmpdir(), "alubot-chat-")), env: NodeJS.ProcessEnv = {}): App {
  const config = loadConfig(
    { ALUBOT_LOG_LEVEL: "silent", ALUBOT_RATE_USER_PER_MIN: "1000", ALUBOT_RATE_CHANNEL_PER_MIN: "1000", ...env },
    { corpusDir: CORPUS_DIR, dataDir },
  );
  return createApp(config, { retriever: (app) => createSimpleRetriever(app.corpus().clauses) });
}

/** Adapter deps exactly as the composition root builds them (create-app.ts → create-transport-starters.ts). */
export function chatDepsOf(app: App, logger: AdapterLogger): ChatAdapterDeps {
  const stores = app.stores();
  return {
    engine: app.engine(),
    feedbackStore: app.feedbackStore(),
    logger,
    inFlight: createInFlight(),
    conversations: app.conversationStore(),
    buttonPayloads: stores.buttonPayloads,
    eventDedupe: stores.eventDedupe,
    catalog: buildDocumentCatalog(app.corpus()),
    hashUser: stores.hashUserId,
    now: Date.now,
  };
}
