import type { Clause } from "../../corpus/clause-schema.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import type { ComponentRetriever } from "../ranked-list.js";
import { createBm25Index, type Bm25Index, type WeightedField } from "./bm25-index.js";
import { buildQueryBag } from "./build-query-bag.js";

/** Field weights: a title names what a clause is about; department lists only say who acts. */
export const FIELD_WEIGHTS = { title: 3, partTitle: 0.5, text: 1, departments: 0.7 } as const;

export function clauseFields(analyzer: Pick<Analyzer, "tokens">, c: Clause): WeightedField[] {
  const ownPart = c.clauseId.includes(".");
  return [
    { tokens: analyzer.tokens(c.title), weight: FIELD_WEIGHTS.title },
    { tokens: ownPart ? analyzer.tokens(c.partTitle) : [], weight: FIELD_WEIGHTS.partTitle },
    { tokens: analyzer.tokens(c.text), weight: FIELD_WEIGHTS.text },
    { tokens: analyzer.tokens(c.departments.map((d) => d.name).join("、")), weight: FIELD_WEIGHTS.departments },
  ];
}

export interface LexicalRetriever extends ComponentRetriever {
  index: Bm25Index;
}

/** BM25 over clauses with the Chinese analyzer and synonym expansion of the question. */
export function createLexicalRetriever(
  clauses: readonly Clause[],
  analyzer: Analyzer,
  options: { expandSynonyms?: boolean; name?: string } = {},
): LexicalRetriever {
  const index = createBm25Index(clauses.map((c) => clauseFields(analyzer, c)));
  const expand = options.expandSynonyms ?? true;
  return {
    name: options.name ?? "lexical",
    index,
    async rank(query, limit) {
      const bag = buildQueryBag(analyzer, query, expand);
      return index.search(bag).slice(0, limit).map(([i, score]) => ({ index: i, score }));
    },
  };
}
