import type { ClauseRef } from "../corpus/resolve-clause-ref.js";

/** What every component retriever returns: clause indexes (into the corpus order), best first. */
export interface RankedItem {
  index: number;
  score: number;
}

export interface ComponentRetriever {
  /** Short name used in fusion weights and diagnostics. */
  name: string;
  /** `hints.expansions`: document wording for the concepts the question mentions (query analysis). */
  rank(query: string, limit: number, hints?: QueryHints): Promise<RankedItem[]>;
}

export interface QueryHints {
  expansions?: readonly string[];
  /** Clauses and parts the query analysis found named (三（三）, 调结构那部分). */
  refs?: readonly ClauseRef[];
}
