import type { Clause } from "../../corpus/clause-schema.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import type { ComponentRetriever } from "../ranked-list.js";
import { createBm25Index, type Bm25Index, type WeightedField } from "./bm25-index.js";
import { buildQueryBag } from "./build-query-bag.js";
import type { ClauseExpansion } from "../../corpus/expansion-schema.js";
import { DEFAULT_TUNING, type Tuning } from "../../tuning/tuning.js";

/** Field weights: a title names what a clause is about; department lists only say who acts. */
export const FIELD_WEIGHTS = DEFAULT_TUNING.fields;

/**
 * A clause's BM25F fields. Its reviewed expansions (how people ask about it, corpus/*.expansions.json)
 * are a field of their own, weighted below the document's words: they find the clause for a question
 * phrased nothing like it, without outranking a clause that states the words asked about.
 */
export function clauseFields(analyzer: Pick<Analyzer, "tokens">, c: Clause, expansion?: ClauseExpansion, weights: Tuning["fields"] = FIELD_WEIGHTS): WeightedField[] {
  const ownPart = c.clauseId.includes(".");
  return [
    { tokens: analyzer.tokens(c.title), weight: weights.title },
    { tokens: ownPart ? analyzer.tokens(c.partTitle) : [], weight: weights.partTitle },
    { tokens: analyzer.tokens(c.text), weight: weights.text },
    { tokens: analyzer.tokens(c.departments.map((d) => d.name).join("、")), weight: weights.departments },
    { tokens: expansion ? analyzer.tokens([...expansion.questions, ...expansion.keywords].join("。")) : [], weight: weights.expansions },
  ];
}

export interface LexicalRetriever extends ComponentRetriever {
  index: Bm25Index;
}

/** BM25 over clauses with the Chinese analyzer and synonym expansion of the question. */
export function createLexicalRetriever(
  clauses: readonly Clause[],
  analyzer: Analyzer,
  options: { expandSynonyms?: boolean; name?: string; expansions?: (c: Clause) => ClauseExpansion | undefined; tuning?: Tuning } = {},
): LexicalRetriever {
  const tuning = options.tuning ?? DEFAULT_TUNING;
  const index = createBm25Index(clauses.map((c) => clauseFields(analyzer, c, options.expansions?.(c), tuning.fields)));
  const expand = options.expandSynonyms ?? true;
  return {
    name: options.name ?? "lexical",
    index,
    async rank(query, limit, hints) {
      const bag = buildQueryBag(analyzer, query, expand, hints?.expansions, tuning.expansionWeight);
      return index.search(bag).slice(0, limit).map(([i, score]) => ({ index: i, score }));
    },
  };
}
