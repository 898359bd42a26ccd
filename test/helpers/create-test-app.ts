import { createApp, type App, type AppProviders } from "../../src/app/create-app.js";
import { loadConfig } from "../../src/config/app-config.js";
import { CORPUS_DIR } from "./load-test-corpus.js";
import { createSimpleRetriever } from "./simple-retriever.js";

/** An App over the real corpus with the retriever double (until issue 3's retriever is wired in). */
export function createTestApp(env: NodeJS.ProcessEnv = {}, providers: AppProviders = {}): App {
  return createApp(loadConfig(env, { corpusDir: CORPUS_DIR }), {
    retriever: (app) => createSimpleRetriever(app.corpus().clauses),
    ...providers,
  });
}
