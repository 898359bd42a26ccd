import { describe, expect, it } from "vitest";
import { createClauseRefRetriever } from "../../src/retrieval/clause-ref-retriever.js";
import { createDenseRetriever } from "../../src/retrieval/dense/create-dense-retriever.js";
import { buildDenseIndex } from "../../src/retrieval/dense/hnsw-index.js";
import { OfflineHashEmbeddings } from "../../src/retrieval/dense/offline-hash-embeddings.js";
import { denseDocumentText } from "../../src/retrieval/build-retriever.js";
import { createBm25Index } from "../../src/retrieval/lexical/bm25-index.js";
import { createLexicalRetriever } from "../../src/retrieval/lexical/create-lexical-retriever.js";
import { createTargetRetriever } from "../../src/retrieval/lexical/create-target-retriever.js";
import { idOf, realAnalyzer, realCorpus } from "./retrieval-fixtures.js";

describe("BM25 index", () => {
  it("ranks a title match above the same word in a body when the title field weighs more", () => {
    const index = createBm25Index([
      [{ tokens: ["其他"], weight: 3 }, { tokens: ["赤泥", "其他", "其他"], weight: 1 }],
      [{ tokens: ["赤泥"], weight: 3 }, { tokens: ["其他", "其他", "其他"], weight: 1 }],
    ]);
    const ranked = index.search(new Map([["赤泥", 1]]));
    expect(ranked.map(([i]) => i)).toEqual([1, 0]);
    expect(index.idf("不存在")).toBe(0);
  });
});

describe("lexical retriever", () => {
  it("finds the clause through a synonym the clause never uses", async () => {
    const c = realCorpus();
    const lex = createLexicalRetriever(c.clauses, realAnalyzer());
    const ranked = await lex.rank("收废铝的工厂准备放在哪个园区", 3);
    expect(idOf(c, ranked[0]!.index)).toBe("3.4");
  });

  it("without synonym expansion the same colloquial word carries less evidence", async () => {
    const c = realCorpus();
    const a = realAnalyzer();
    const on = await createLexicalRetriever(c.clauses, a).rank("发改委", 30);
    const off = await createLexicalRetriever(c.clauses, a, { expandSynonyms: false }).rank("发改委", 30);
    expect(on.length).toBeGreaterThan(off.length);
  });
});

describe("offline dense retriever", () => {
  const c = realCorpus();
  const emb = new OfflineHashEmbeddings({ analyzer: realAnalyzer(), dimensions: 256 });

  it("is deterministic and returns unit vectors of the declared size", async () => {
    const [a, b] = await emb.embedDocuments(["电解铝产能", "电解铝产能"]);
    expect(a).toEqual(b);
    expect(a).toHaveLength(256);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 6);
  });

  it("finds the clause about old electrolytic cells from a paraphrase with another unit spelling", async () => {
    const vectors = await emb.embedDocuments(c.clauses.map((x) => denseDocumentText(x)));
    const dense = createDenseRetriever(emb, buildDenseIndex(vectors, emb.dimensions));
    const ranked = await dense.rank("400千安以下的电解槽要不要淘汰", 3);
    expect(idOf(c, ranked[0]!.index)).toBe("3.3");
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });
});

describe("clause-reference retriever", () => {
  const c = realCorpus();
  const refs = createClauseRefRetriever(c.clauses);
  it.each([
    ["三（三）讲了什么", "3.3"],
    ["第五部分第二条的内容", "5.2"],
    ["3.4条怎么规定的", "3.4"],
    ["第五部分", "5"],
  ])("%s → %s", async (q, id) => {
    const ranked = await refs.rank(q, 5);
    expect(ranked.map((r) => idOf(c, r.index))).toEqual([id]);
  });

  it("ignores questions that name no clause, and references to clauses that do not exist", async () => {
    expect(await refs.rank("再生铝项目布局在哪", 5)).toEqual([]);
    expect(await refs.rank("九（九）", 5)).toEqual([]);
  });
});

describe("target retriever", () => {
  const c = realCorpus();
  const targets = createTargetRetriever(c.clauses, realAnalyzer());
  it("ranks the clause stating a matching target for a figure question", async () => {
    const ranked = await targets.rank("智能工厂普及率要达到多少", 3);
    expect(idOf(c, ranked[0]!.index)).toBe("4");
    expect(c.clauses[ranked[0]!.index]!.targets.some((t) => t.metric.includes("智能工厂"))).toBe(true);
  });

  it("stays silent for questions that do not ask for a figure", async () => {
    expect(await targets.rank("智能工厂怎么建设", 3)).toEqual([]);
  });
});
