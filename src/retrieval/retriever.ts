import type { Clause } from "../corpus/clause-schema.js";

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
  /** True when the retriever judges the question outside the document. */
  outOfScope: boolean;
}

export interface RetrieveOptions {
  k?: number;
}

/** Transport- and embedder-neutral retrieval over the clause corpus. */
export interface Retriever {
  retrieve(query: string, options?: RetrieveOptions): Promise<RetrievalResult>;
}
