import type { Clause } from "../../corpus/clause-schema.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import type { ComponentRetriever } from "../ranked-list.js";
import { countTokens, createBm25Index, type Bm25Index, type CountedField } from "./bm25-index.js";
import { buildQueryBag } from "./build-query-bag.js";
import type { ClauseExpansion } from "../../corpus/expansion-schema.js";
import { DEFAULT_TUNING, type Tuning } from "../../tuning/tuning.js";

/** Field weights: a title names what a clause is about; department lists only say who acts. */
export const FIELD_WEIGHTS = DEFAULT_TUNING.fields;

/**
 * The texts of a clause's BM25F fields: title, part title (own parts only), body, departments and its
 * reviewed expansions (how people ask about it, corpus/*.expansions.json); null where it has none.
 * The expansions field is weighted below the document's words: it finds the clause for a question
 * phrased nothing like it, without outranking a clause that states the words asked about.
 */
export function clauseFieldTexts(c: Clause, expansion?: ClauseExpansion): (string | null)[] {
  const ownPart = c.clauseId.includes(".");
  return [
    c.title,
    ownPart ? c.partTitle : null,
    c.text,
    c.departments.map((d) => d.name).join("、"),
    expansion ? [...expansion.questions, ...expansion.keywords].join("。") : null,
  ];
}

/** Each field's index tokens, in clauseFieldTexts order (what the lexical tables cache keeps). */
export function clauseFieldTokens(analyzer: Pick<Analyzer, "tokens">, c: Clause, expansion?: ClauseExpansion): string[][] {
  return clauseFieldTexts(c, expansion).map((text) => (text === null ? [] : analyzer.tokens(text)));
}

/** Each field's token counts (countTokens), in clauseFieldTexts order: what BM25 is built from and what is cached. */
export type ClauseFieldCounts = readonly Omit<CountedField, "weight">[];

/** A clause's counted fields (clauseFieldTokens, counted). */
export function clauseFieldCounts(analyzer: Pick<Analyzer, "tokens">, c: Clause, expansion?: ClauseExpansion): Omit<CountedField, "weight">[] {
  return clauseFieldTokens(analyzer, c, expansion).map(countTokens);
}

/** Counted fields with their weights, in clauseFieldTexts order. */
export function weighFields(fields: ClauseFieldCounts, weights: Tuning["fields"] = FIELD_WEIGHTS): CountedField[] {
  const order = [weights.title, weights.partTitle, weights.text, weights.departments, weights.expansions];
  return order.map((weight, i) => ({ ...(fields[i] ?? { counts: [], length: 0 }), weight }));
}

export interface LexicalRetriever extends ComponentRetriever {
  index: Bm25Index;
}

/** BM25 over clauses with the Chinese analyzer and synonym expansion of the question. */
export function createLexicalRetriever(
  clauses: readonly Clause[],
  analyzer: Analyzer,
  options: {
    expandSynonyms?: boolean;
    name?: string;
    expansions?: (c: Clause) => ClauseExpansion | undefined;
    tuning?: Tuning;
    /** Each clause's counted fields (clauseFieldCounts) when already known, e.g. from the lexical tables cache. */
    fieldCounts?: readonly ClauseFieldCounts[];
  } = {},
): LexicalRetriever {
  const tuning = options.tuning ?? DEFAULT_TUNING;
  const counts = options.fieldCounts ?? clauses.map((c) => clauseFieldCounts(analyzer, c, options.expansions?.(c)));
  const index = createBm25Index(counts.map((f) => weighFields(f, tuning.fields)));
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
