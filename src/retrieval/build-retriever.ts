import type { EmbeddingConfig } from "../config/app-config.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Corpus } from "../corpus/load-corpus.js";
import synonyms from "../data/synonyms.json" with { type: "json" };
import { buildUserDictionary } from "./analysis/build-user-dictionary.js";
import { createAnalyzer } from "./analysis/create-analyzer.js";
import { loadSegmenterDictionary } from "./analysis/load-segmenter-dictionary.js";
import { createSynonymExpander } from "./analysis/synonym-expander.js";
import { loadOrBuildDenseIndex, type DenseIndexResult } from "./cache/load-or-build-dense-index.js";
import { createClauseRefRetriever } from "./clause-ref-retriever.js";
import { createEmbedder } from "./dense/create-embedder.js";
import { createDenseRetriever } from "./dense/create-dense-retriever.js";
import { createHybridRetriever, type FusionMethod, type FusionWeights, type HybridRetriever } from "./create-hybrid-retriever.js";
import { createLexicalRetriever } from "./lexical/create-lexical-retriever.js";
import { createTargetRetriever } from "./lexical/create-target-retriever.js";
import { createScopeJudge } from "./scope/judge-scope.js";

export interface BuildRetrieverOptions {
  corpus: Corpus;
  dataDir: string;
  embedding: EmbeddingConfig | null;
  /** Rebuild the dense index even if a valid cache exists (`alubot index`). */
  forceRebuild?: boolean;
  onProgress?: (done: number, total: number) => void;
  weights?: FusionWeights;
  fusion?: FusionMethod;
  scopeThreshold?: number;
}

export interface BuiltRetriever {
  retriever: HybridRetriever;
  dense: DenseIndexResult;
  embedderId: string;
}

/** The text embedded for a clause: its title twice (titles are dense in meaning), then the body. */
export function denseDocumentText(c: Clause): string {
  return `${c.title}。${c.title}。${c.text}`;
}

/** Assembles alubot's hybrid retriever: analyzer, BM25, dense (cached HNSW), targets, clause refs. */
export async function buildRetriever(opts: BuildRetrieverOptions): Promise<BuiltRetriever> {
  const { clauses } = opts.corpus;
  const analyzer = createAnalyzer({
    dictionary: loadSegmenterDictionary(opts.dataDir),
    userWords: buildUserDictionary(clauses),
    synonyms: createSynonymExpander(synonyms),
  });
  const lexical = createLexicalRetriever(clauses, analyzer);
  const embedder = await createEmbedder(opts.embedding, { analyzer, weigh: (t) => lexical.index.idf(t) || 1 });
  const dense = await loadOrBuildDenseIndex({
    dataDir: opts.dataDir,
    contentHash: opts.corpus.contentHash,
    clauses,
    embedder,
    documentText: denseDocumentText,
    force: opts.forceRebuild,
    onProgress: opts.onProgress,
  });
  const retriever = createHybridRetriever({
    clauses,
    lexical,
    dense: createDenseRetriever(embedder.embeddings, dense.index),
    target: createTargetRetriever(clauses, analyzer),
    clauseRef: createClauseRefRetriever(clauses),
    judge: createScopeJudge(clauses, analyzer, { threshold: opts.scopeThreshold, idf: lexical.index.idf }),
    weights: opts.weights,
    fusion: opts.fusion,
  });
  return { retriever, dense, embedderId: embedder.id };
}
