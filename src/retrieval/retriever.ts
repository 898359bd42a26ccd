import type { Clause } from "../corpus/clause-schema.js";
import type { ScopeDecision } from "../understanding/decide-scope.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";

/** One retrieved clause with its fused score (higher is better). */
export interface RetrievalHit {
  clause: Clause;
  score: number;
}

export interface RetrievalResult {
  query: string;
  hits: RetrievalHit[];
  /** 0..1 confidence that the top hit answers the query; below the threshold = out of scope. */
  confidence: number;
  /** True when the question's topic is one the document does not cover (scope "none"). */
  outOfScope: boolean;
  /** The scope decision behind outOfScope: partial answers say what the document does not state. */
  scope?: ScopeDecision;
  /** The query analysis the retrieval ran on. */
  analysis?: QueryAnalysis;
}

export interface RetrieveOptions {
  k?: number;
  /** The engine's analysis of the question; without it the retriever analyses the text itself. */
  analysis?: QueryAnalysis;
}

/** Transport- and embedder-neutral retrieval over the clause corpus. */
export interface Retriever {
  retrieve(query: string, options?: RetrieveOptions): Promise<RetrievalResult>;
}
