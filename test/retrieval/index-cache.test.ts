import { copyFileSync, existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { buildRetriever } from "../../src/retrieval/build-retriever.js";
import { CORPUS_DIR, tempDataDir } from "./retrieval-fixtures.js";

const DOC = "qiangongxin-2024-10.txt";

function copyCorpus(): string {
  const dir = join(tempDataDir(), "corpus");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(CORPUS_DIR, DOC), join(dir, DOC));
  return dir;
}

describe("index cache", () => {
  it("builds once, then reads the cached index", async () => {
    const dataDir = tempDataDir();
    const corpus = loadCorpus(CORPUS_DIR);
    const first = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(first.dense.source).toBe("built");
    expect(existsSync(join(first.dense.dir, "manifest.json"))).toBe(true);
    const second = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(second.dense.source).toBe("cached");
    expect(second.dense.dir).toBe(first.dense.dir);
    const r = await second.retriever.retrieve("电解铝产能置换", { k: 1 });
    expect(r.hits[0]!.clause.clauseId).toBe("3.3");
  });

  it("is rebuilt when the corpus changes, and the new text is searchable", async () => {
    const dataDir = tempDataDir();
    const corpusDir = copyCorpus();
    const before = await buildRetriever({ corpus: loadCorpus(corpusDir), dataDir, embedding: null });
    const file = join(corpusDir, DOC);
    const original = readFileSync(file, "utf8");
    const edited = original.replace("氟化铝等项目。", "氟化铝等项目。鼓励建设钛白粉示范线。");
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const changed = loadCorpus(corpusDir);
    const after = await buildRetriever({ corpus: changed, dataDir, embedding: null });
    expect(after.dense.source).toBe("built");
    expect(after.dense.dir).not.toBe(before.dense.dir);
    const r = await after.retriever.retrieve("钛白粉示范线", { k: 1 });
    expect(r.hits[0]!.clause.clauseId).toBe("2.3");
  });

  it("detects a truncated graph file, rebuilds it and keeps working", async () => {
    const dataDir = tempDataDir();
    const corpus = loadCorpus(CORPUS_DIR);
    const built = await buildRetriever({ corpus, dataDir, embedding: null });
    truncateSync(join(built.dense.dir, "dense.hnsw"), 100);
    const again = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(again.dense.source).toBe("built");
    expect(again.dense.reason).toContain("损坏");
    const third = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(third.dense.source).toBe("cached");
    expect((await third.retriever.retrieve("赤泥综合利用", { k: 3 })).hits).toHaveLength(3);
  });

  it("rebuilds when the manifest is garbage or the graph file is missing", async () => {
    const dataDir = tempDataDir();
    const corpus = loadCorpus(CORPUS_DIR);
    const built = await buildRetriever({ corpus, dataDir, embedding: null });
    writeFileSync(join(built.dense.dir, "manifest.json"), "{not json");
    const a = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(a.dense.source).toBe("built");
    writeFileSync(join(a.dense.dir, "dense.hnsw"), "");
    const b = await buildRetriever({ corpus, dataDir, embedding: null });
    expect(b.dense.source).toBe("built");
  });

  it("rebuilds on request even with a valid cache", async () => {
    const dataDir = tempDataDir();
    const corpus = loadCorpus(CORPUS_DIR);
    await buildRetriever({ corpus, dataDir, embedding: null });
    const forced = await buildRetriever({ corpus, dataDir, embedding: null, forceRebuild: true });
    expect(forced.dense.source).toBe("built");
  });
});
