import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type App, type AppProviders } from "../../src/app/create-app.js";
import { loadConfig } from "../../src/config/app-config.js";
import { CORPUS_DIR } from "./load-test-corpus.js";

/**
 * An App over the real corpus with the real hybrid retriever and SQLite store, in a fresh temp data
 * dir (never the repo's .alubot). Tests that only exercise engine logic may inject a retriever double.
 */
export function createTestApp(env: NodeJS.ProcessEnv = {}, providers: AppProviders = {}): App {
  const dataDir = mkdtempSync(join(tmpdir(), "alubot-test-"));
  return createApp(loadConfig({ ALUBOT_LOG_LEVEL: "silent", ...env }, { corpusDir: CORPUS_DIR, dataDir }), providers);
}
