import { createHash } from "node:crypto";
import type { EmbeddingConfig } from "../config/app-config.js";
import type { ClauseExpansion } from "../corpus/expansion-schema.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Corpus } from "../corpus/load-corpus.js";
import { defaultSynonymExpander } from "../lexicon/derived-tables.js";
import { buildUserDictionary } from "./analysis/build-user-dictionary.js";
import { createAnalyzer } from "./analysis/create-analyzer.js";
import { loadSegmenterDictionary, segmenterDictionaryId } from "./analysis/load-segmenter-dictionary.js";
import { loadOrBuildDenseIndex, type DenseIndexResult } from "./cache/load-or-build-dense-index.js";
import { createClauseRefRetriever } from "./clause-ref-retriever.js";
import { createEmbedder } from "./dense/create-embedder.js";
import { createDenseRetriever } from "./dense/create-dense-retriever.js";
import { createHybridRetriever, type FusionMethod, type HybridRetriever } from "./create-hybrid-retriever.js";
import { clauseFieldCounts, clauseFieldTexts, createLexicalRetriever } from "./lexical/create-lexical-retriever.js";
import { lexicalTablesKey, readLexicalTables, writeLexicalTables } from "./cache/lexical-tables-cache.js";
import { createTargetRetriever } from "./lexical/create-target-retriever.js";
import { createScopeJudge } from "./scope/judge-scope.js";
import { createConceptCoverage } from "./concept-coverage.js";
import { defaultLexicon, defaultLexiconSourceHash } from "../lexicon/default-lexicon.js";
import { clauseKey } from "../corpus/load-corpus.js";
import { DEFAULT_TUNING, type Tuning } from "../tuning/tuning.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import { createDefaultQueryAnalyzer } from "../understanding/default-query-analyzer.js";

export interface BuildRetrieverOptions {
  corpus: Corpus;
  dataDir: string;
  embedding: EmbeddingConfig | null;
  /** Rebuild the dense index even if a valid cache exists (`alubot index`). */
  forceRebuild?: boolean;
  onProgress?: (done: number, total: number) => void;
  fusion?: FusionMethod;
  /** Thresholds and weights (DEFAULT_TUNING when absent; the bench sweeps them). */
  tuning?: Tuning;
  /** The engine's query analyzer, so retrieval and the engine read one analysis; built here if absent. */
  queryAnalyzer?: QueryAnalyzer;
}

export interface BuiltRetriever {
  retriever: HybridRetriever;
  dense: DenseIndexResult;
  embedderId: string;
  queryAnalyzer: QueryAnalyzer;
}

/**
 * The text embedded for a clause: its title twice (titles are dense in meaning), the body, then its
 * reviewed expansion keywords (everyday and English words for it).
 */
export function denseDocumentText(c: Clause, expansion?: ClauseExpansion): string {
  return `${c.title}。${c.title}。${c.text}${expansion?.keywords.length ? `。${expansion.keywords.join("、")}` : ""}`;
}

/** The dense cache key covers the expansions too: editing them re-embeds, like editing the document. */
function denseContentHash(corpus: Corpus): string {
  const h = createHash("sha256").update(corpus.contentHash);
  // Code-point order: localeCompare would load ICU's collator (~8 ms of a cold start) and vary by locale.
  for (const [key, e] of [...corpus.expansions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`\0${key}\0${e.keywords.join("\u0001")}`);
  return corpus.expansions.size ? h.digest("hex") : corpus.contentHash;
}

/** Assembles alubot's hybrid retriever: analyzer, BM25, dense (cached HNSW), targets, clause refs. */
export async function buildRetriever(opts: BuildRetrieverOptions): Promise<BuiltRetriever> {
  const { clauses } = opts.corpus;
  const expansionOf = (c: Clause) => opts.corpus.expansions.get(clauseKey(c));
  // The user words and clause tokens are read from their cache when it matches these exact texts,
  // lexicon, dictionary and tokeniser code; otherwise derived here and the cache rewritten.
  const tablesKey = lexicalTablesKey({
    fieldTexts: clauses.map((c) => clauseFieldTexts(c, expansionOf(c))),
    lexiconHash: defaultLexiconSourceHash(),
    dictionaryId: segmenterDictionaryId(),
  });
  const cachedTables = opts.forceRebuild ? undefined : readLexicalTables(opts.dataDir, tablesKey, clauses.length);
  const userWords = cachedTables?.userWords ?? buildUserDictionary(clauses);
  const analyzer = createAnalyzer({
    dictionary: loadSegmenterDictionary(opts.dataDir),
    userWords,
    synonyms: defaultSynonymExpander(),
  });
  const fieldCounts = cachedTables?.fieldCounts ?? clauses.map((c) => clauseFieldCounts(analyzer, c, expansionOf(c)));
  if (!cachedTables) writeLexicalTables(opts.dataDir, tablesKey, { userWords, fieldCounts });
  const tuning = opts.tuning ?? DEFAULT_TUNING;
  const queryAnalyzer = opts.queryAnalyzer ?? createDefaultQueryAnalyzer(clauses);
  const lexical = createLexicalRetriever(clauses, analyzer, { tuning, fieldCounts });
  const embedder = await createEmbedder(opts.embedding, { analyzer, weigh: (t) => lexical.index.idf(t) || 1 });
  const dense = await loadOrBuildDenseIndex({
    dataDir: opts.dataDir,
    contentHash: denseContentHash(opts.corpus),
    clauses,
    embedder,
    documentText: (c) => denseDocumentText(c, expansionOf(c)),
    force: opts.forceRebuild,
    onProgress: opts.onProgress,
  });
  const retriever = createHybridRetriever({
    clauses,
    lexical,
    dense: createDenseRetriever(embedder.embeddings, dense.index),
    target: createTargetRetriever(clauses, analyzer),
    clauseRef: createClauseRefRetriever(clauses),
    judge: createScopeJudge(clauses, analyzer, { threshold: tuning.scope.threshold, idf: lexical.index.idf }),
    analyzer: queryAnalyzer,
    concepts: createConceptCoverage(clauses, defaultLexicon()),
    scopeTuning: tuning.scope,
    weights: tuning.fusion,
    fusion: opts.fusion,
  });
  return { retriever, dense, embedderId: embedder.id, queryAnalyzer };
}
