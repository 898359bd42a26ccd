import type { Clause } from "../../src/corpus/clause-schema.js";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import type { RetrievalResult, Retriever } from "../../src/retrieval/retriever.js";

/**
 * Test double for the hybrid retriever (issue 3): Han-bigram overlap between the query and each
 * clause (title counted twice). Out of scope when no clause shares enough bigrams with the query.
 */
export function createSimpleRetriever(clauses: readonly Clause[], minConfidence = 0.2): Retriever {
  const indexed = clauses.map((clause) => ({ clause, title: foldForMatch(clause.title), text: foldForMatch(clause.text) }));
  return {
    async retrieve(query, options = {}): Promise<RetrievalResult> {
      const grams = bigrams(query);
      const scored = indexed
        .map(({ clause, title, text }) => {
          let s = 0;
          for (const g of grams) s += (text.includes(g) ? 1 : 0) + (title.includes(g) ? 2 : 0);
          return { clause, score: grams.length ? s / (grams.length * 3) : 0 };
        })
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.k ?? 5);
      const confidence = Math.min(1, (scored[0]?.score ?? 0) * 2);
      return { query, hits: scored, confidence, outOfScope: confidence < minConfidence };
    },
  };
}

const STOP = new Set(["什么", "多少", "哪些", "是谁", "请问", "文件", "要求", "目标", "部门", "牵头", "负责", "哪个", "怎么", "可以", "如何", "是多", "少？"]);

function bigrams(q: string): string[] {
  const f = foldForMatch(q).replace(/[^\u3400-\u9fff0-9]+/g, " ");
  const out = new Set<string>();
  for (const run of f.split(" ")) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return [...out].filter((g) => !STOP.has(g));
}
