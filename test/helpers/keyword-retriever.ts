import type { Clause } from "../../src/corpus/clause-schema.js";
import type { RetrievalResult, Retriever } from "../../src/retrieval/retriever.js";

/**
 * A tiny test double for the Retriever interface: scores clauses by how many of the query's
 * character bigrams they contain. Deterministic, no index, no embeddings.
 */
export function createKeywordRetriever(clauses: readonly Clause[]): Retriever & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async retrieve(query, options): Promise<RetrievalResult> {
      calls.push(query);
      const grams = new Set<string>();
      for (let i = 0; i + 1 < query.length; i++) grams.add(query.slice(i, i + 2));
      const scored = clauses
        .map((clause) => ({ clause, score: [...grams].filter((g) => clause.text.includes(g) || clause.title.includes(g)).length / Math.max(1, grams.size) }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options?.k ?? 5);
      const confidence = scored[0]?.score ?? 0;
      return { query, hits: scored, confidence, outOfScope: confidence < 0.3 };
    },
  };
}
