import type { AppConfig } from "../config/app-config.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";
import type { Retriever } from "../retrieval/retriever.js";

export interface IndexBuildReport {
  dir: string;
  source: "cached" | "built";
  reason: string;
  embedderId: string;
  clauses: number;
}

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, so `alubot clause 3.4` never pays for what `alubot chat` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
  /** The hybrid retriever; its index is read from `<dataDir>/index/…` or built on first use. */
  retriever(): Promise<Retriever>;
  /** Rebuilds the retrieval index from scratch (`alubot index`); the next retriever() uses it. */
  rebuildIndex(onProgress?: (done: number, total: number) => void): Promise<IndexBuildReport>;
}

export function createApp(config: AppConfig): App {
  let corpus: Corpus | undefined;
  let retriever: Promise<Retriever> | undefined;
  const getCorpus = (): Corpus => (corpus ??= loadCorpus(config.corpusDir));
  const build = async (force: boolean, onProgress?: (done: number, total: number) => void) => {
    // Imported lazily: jieba and hnswlib cost start-up time that corpus-only commands never pay.
    const { buildRetriever } = await import("../retrieval/build-retriever.js");
    const c = getCorpus();
    return buildRetriever({ corpus: c, dataDir: config.dataDir, embedding: config.embedding, forceRebuild: force, onProgress });
  };
  return {
    config,
    corpus: getCorpus,
    retriever() {
      retriever ??= build(false).then((b) => b.retriever);
      // A failed build must not poison later calls (e.g. a transient embedding outage).
      retriever.catch(() => (retriever = undefined));
      return retriever;
    },
    async rebuildIndex(onProgress) {
      const built = await build(true, onProgress);
      retriever = Promise.resolve(built.retriever);
      return {
        dir: built.dense.dir,
        source: built.dense.source,
        reason: built.dense.reason,
        embedderId: built.embedderId,
        clauses: getCorpus().clauses.length,
      };
    },
  };
}
