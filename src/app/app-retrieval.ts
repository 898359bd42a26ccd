import type { AppConfig } from "../config/app-config.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { App, AppProviders, IndexBuildReport } from "./app.js";

/** Part of the composition root: the one retriever (App.retriever) and its rebuild (App.rebuildIndex). */
export function createAppRetrieval(config: AppConfig, provide: AppProviders["retriever"], app: () => App): Pick<App, "retriever" | "rebuildIndex"> {
  let retriever: Promise<Retriever> | undefined;

  const buildIndex = async (force: boolean, onProgress?: (done: number, total: number) => void) => {
    const a = app();
    a.lexicon();
    // Imported lazily: jieba and hnswlib cost start-up time that corpus-only commands never pay.
    const { buildRetriever } = await import("../retrieval/build-retriever.js");
    return buildRetriever({ corpus: a.corpus(), dataDir: config.dataDir, embedding: config.embedding, forceRebuild: force, onProgress, queryAnalyzer: a.queryAnalyzer() });
  };

  return {
    retriever() {
      retriever ??= provide ? Promise.resolve().then(() => provide(app())) : buildIndex(false).then((b) => b.retriever);
      // A failed build must not poison later calls (e.g. a transient embedding outage).
      retriever.catch(() => (retriever = undefined));
      return retriever;
    },
    async rebuildIndex(onProgress): Promise<IndexBuildReport> {
      const built = await buildIndex(true, onProgress);
      retriever = Promise.resolve(built.retriever);
      return {
        dir: built.dense.dir,
        source: built.dense.source,
        reason: built.dense.reason,
        embedderId: built.embedderId,
        clauses: app().corpus().clauses.length,
      };
    },
  };
}
