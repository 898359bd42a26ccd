import type { Clause } from "../corpus/clause-schema.js";
import { createBm25Index } from "../retrieval/lexical/bm25-index.js";
import type { RankedItem } from "../retrieval/ranked-list.js";

/** What "most RAG tools" do with Chinese: every character a token, no dictionary, no synonyms, no vectors. */
function charTokens(s: string): string[] {
  return [...s.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
}

export interface NaiveBaseline {
  rank(query: string, limit: number): RankedItem[];
}

export function createNaiveBaseline(clauses: readonly Clause[]): NaiveBaseline {
  const index = createBm25Index(clauses.map((c) => [{ tokens: charTokens(`${c.title} ${c.text}`), weight: 1 }]));
  return {
    rank(query, limit) {
      const bag = new Map<string, number>();
      for (const t of charTokens(query)) bag.set(t, (bag.get(t) ?? 0) + 1);
      return index.search(bag).slice(0, limit).map(([index, score]) => ({ index, score }));
    },
  };
}
