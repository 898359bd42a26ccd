import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { describe, expect, it } from "vitest";
import { fuseRankings, fuseScores } from "../../src/retrieval/fuse-rankings.js";
import { createHybridRetriever } from "../../src/retrieval/create-hybrid-retriever.js";
import type { ComponentRetriever, RankedItem } from "../../src/retrieval/ranked-list.js";
import type { ScopeJudge } from "../../src/retrieval/scope/judge-scope.js";
import { realCorpus } from "./retrieval-fixtures.js";

const items = (...ids: number[]): RankedItem[] => ids.map((index, i) => ({ index, score: 10 - i }));

describe("fuseRankings", () => {
  it("prefers an item ranked well by several retrievers over one ranked first by a single one", () => {
    const fused = fuseRankings([
      { items: items(1, 2, 3), weight: 1 },
      { items: items(2, 4, 5), weight: 1 },
    ]);
    expect(fused[0]!.index).toBe(2);
    expect(fused.map((f) => f.index).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("lets a heavier weight decide a disagreement", () => {
    const rankings = (w: number) => fuseRankings([{ items: items(1, 2), weight: 1 }, { items: items(2, 1), weight: w }]);
    expect(rankings(0.5)[0]!.index).toBe(1);
    expect(rankings(2)[0]!.index).toBe(2);
  });
});

describe("fuseScores", () => {
  it("keeps a retriever's margin: a clear lexical winner survives a mild disagreement", () => {
    const fused = fuseScores([
      { items: [{ index: 1, score: 18 }, { index: 2, score: 2 }], weight: 1 },
      { items: [{ index: 2, score: 2.4 }, { index: 1, score: 2.1 }], weight: 0.8 },
    ]);
    expect(fused[0]!.index).toBe(1);
    // RRF sees only ranks, so the same disagreement becomes a tie broken by weight alone.
    const rrf = fuseRankings([
      { items: [{ index: 1, score: 18 }, { index: 2, score: 2 }], weight: 1 },
      { items: [{ index: 2, score: 2.4 }, { index: 1, score: 2.1 }], weight: 1 },
    ]);
    expect(rrf[0]!.score).toBeCloseTo(rrf[1]!.score, 10);
  });

  it("ignores a ranking with no positive score", () => {
    expect(fuseScores([{ items: [{ index: 3, score: 0 }], weight: 1 }])).toEqual([]);
  });
});

describe("hybrid retriever", () => {
  const fixed = (name: string, list: RankedItem[]): ComponentRetriever => ({ name, rank: async () => list });
  const judge: ScopeJudge = {
    judge: (_q, top, ref) => ({ confidence: ref ? 1 : 0.5, outOfScope: !top, signals: { coverage: 0, unknown: [], figureMismatch: false } }),
  };

  it("puts an explicitly named clause first whatever the similarity rankings say", async () => {
    const c = realCorpus();
    const h = createHybridRetriever({
      clauses: c.clauses,
      lexical: fixed("lexical", items(1, 2, 3)),
      dense: fixed("dense", items(1, 3)),
      target: null,
      clauseRef: fixed("clauseRef", items(7)),
      judge,
      analyzer: createDefaultQueryAnalyzer(c.clauses),
    });
    const r = await h.retrieve("x", { k: 3 });
    expect(r.hits.map((h) => h.clause.clauseId)).toEqual([c.clauses[7]!.clauseId, c.clauses[1]!.clauseId, c.clauses[3]!.clauseId]);
    expect(r.confidence).toBe(1);
  });

  it("keeps answering from the lexical side when the dense retriever fails", async () => {
    const c = realCorpus();
    const h = createHybridRetriever({
      clauses: c.clauses,
      lexical: fixed("lexical", items(4, 5)),
      dense: { name: "dense", rank: async () => Promise.reject(new Error("embedding service down")) },
      target: null,
      clauseRef: null,
      judge,
      analyzer: createDefaultQueryAnalyzer(c.clauses),
    });
    const r = await h.retrieve("x", { k: 2 });
    expect(r.hits.map((h) => h.clause.clauseId)).toEqual([c.clauses[4]!.clauseId, c.clauses[5]!.clauseId]);
  });
});
