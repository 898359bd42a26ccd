import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorpusError } from "../../src/corpus/corpus-error.js";
import { ExpansionFileSchema, expansionFileName } from "../../src/corpus/expansion-schema.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { loadExpansions } from "../../src/corpus/load-expansions.js";

const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));
const DOC_ID = "qiangongxin-2024-10";
const corpus = loadCorpus(CORPUS_DIR);
const doc = corpus.documents.find((d) => d.meta.docId === DOC_ID)!;
const shippedPath = join(CORPUS_DIR, expansionFileName(DOC_ID));
const shipped = ExpansionFileSchema.parse(JSON.parse(readFileSync(shippedPath, "utf8")));
const clauseIds = doc.clauses.map((c) => c.clauseId);

/** Case, width and punctuation do not make two questions different. */
function normalizeQuestion(q: string): string {
  return q.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

describe("shipped expansions (corpus/qiangongxin-2024-10.expansions.json)", () => {
  it("validates and is a reviewed file for this document, written for its current text", () => {
    expect(shipped.source).toBe("reviewed");
    expect(shipped.docId).toBe(DOC_ID);
    // A changed document must send the expansions back for review, not keep them silently.
    expect(shipped.contentHash).toBe(doc.contentHash);
  });

  it("covers exactly the parsed clause ids", () => {
    expect(clauseIds.length).toBeGreaterThan(20);
    expect(Object.keys(shipped.clauses).sort()).toEqual([...clauseIds].sort());
  });

  it.each(clauseIds)("clause %s has 20–30 questions (≥ 4 English) and 15–30 distinct keywords", (id) => {
    const e = shipped.clauses[id]!;
    expect(e.questions.length).toBeGreaterThanOrEqual(20);
    expect(e.questions.length).toBeLessThanOrEqual(30);
    expect(e.keywords.length).toBeGreaterThanOrEqual(15);
    expect(e.keywords.length).toBeLessThanOrEqual(30);
    expect(e.questions.filter((q) => /^[A-Za-z]/.test(q)).length).toBeGreaterThanOrEqual(4);
    expect(new Set(e.keywords.map((k) => k.toLowerCase())).size).toBe(e.keywords.length);
  });

  it("repeats no question across (or within) clauses", () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const [id, e] of Object.entries(shipped.clauses)) {
      for (const q of e.questions) {
        const key = normalizeQuestion(q);
        const prev = seen.get(key);
        if (prev !== undefined) dups.push(`${q}（${prev} 与 ${id}）`);
        else seen.set(key, id);
      }
    }
    expect(dups).toEqual([]);
  });

  it("gives no keyword to two clauses (a keyword that fits several belongs to the most specific one)", () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const [id, e] of Object.entries(shipped.clauses)) {
      for (const k of e.keywords) {
        const key = k.toLowerCase();
        const prev = owner.get(key);
        if (prev !== undefined && prev !== id) shared.push(`${k}（${prev} 与 ${id}）`);
        else owner.set(key, id);
      }
    }
    expect(shared).toEqual([]);
  });

  it("loads through loadExpansions for every clause when the document hash matches", () => {
    const hashes = new Map(corpus.documents.map((d) => [d.meta.docId, d.contentHash]));
    const loaded = loadExpansions(CORPUS_DIR, [DOC_ID], hashes);
    expect([...loaded.keys()].sort()).toEqual(clauseIds.map((id) => `${DOC_ID}#${id}`).sort());
    expect(loaded.get(`${DOC_ID}#3.3`)?.questions).toEqual(shipped.clauses["3.3"]!.questions);
  });
});

describe("loadExpansions", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "alubot-expansions-"));
    copyFileSync(join(CORPUS_DIR, `${DOC_ID}.txt`), join(dir, `${DOC_ID}.txt`));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (content: unknown) =>
    writeFileSync(
      join(dir, expansionFileName(DOC_ID)),
      typeof content === "string" ? content : JSON.stringify(content),
    );
  const valid = (clauses: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    docId: DOC_ID,
    source: "llm",
    clauses,
    ...extra,
  });

  it("yields nothing for a document without an expansions file", () => {
    expect(loadExpansions(dir, [DOC_ID]).size).toBe(0);
  });

  it("keys entries by docId#clauseId and fills omitted lists with []", () => {
    write(valid({ "3.4": { questions: ["废铝项目放哪？"] }, "0": { keywords: ["文号"] } }));
    const loaded = loadExpansions(dir, [DOC_ID]);
    expect(loaded.get(`${DOC_ID}#3.4`)).toEqual({ questions: ["废铝项目放哪？"], keywords: [] });
    expect(loaded.get(`${DOC_ID}#0`)).toEqual({ questions: [], keywords: ["文号"] });
    expect(loaded.size).toBe(2);
  });

  it("throws a Chinese error naming the file for invalid JSON", () => {
    write("{ not json");
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(CorpusError);
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(/扩展问法文件不是有效的 JSON：.*qiangongxin-2024-10\.expansions\.json/);
  });

  it("throws a Chinese error naming the file and the field for a schema violation", () => {
    write(valid({ "3.3": { questions: [42] } }));
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(
      /扩展问法文件格式有误：.*qiangongxin-2024-10\.expansions\.json：clauses\.3\.3\.questions\.0/,
    );
    write({ docId: DOC_ID, source: "someone", clauses: {} });
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(/格式有误.*source/);
    write(valid({ "三（三）": { questions: ["电解铝指标？"] } }));
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(/格式有误.*clauses/);
  });

  it("throws for a clause id the document does not have, listing it", () => {
    write(valid({ "3.3": { questions: ["电解铝指标？"] }, "3.9": { questions: ["不存在？"] } }));
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(CorpusError);
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(/条款 3\.9 在文档“qiangongxin-2024-10”中不存在/);
  });

  it("throws when the file names another document", () => {
    write(valid({}, { docId: "other-doc" }));
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(/docId 是“other-doc”/);
  });

  it("throws when the file has no document beside it", () => {
    rmSync(join(dir, `${DOC_ID}.txt`));
    write(valid({ "0": { keywords: ["文号"] } }));
    expect(() => loadExpansions(dir, [DOC_ID])).toThrow(/旁边没有文档/);
  });

  it("skips a file written for another version of the document, and only when a hash is given", () => {
    write(valid({ "3.3": { questions: ["电解铝指标？"] } }, { contentHash: "0".repeat(64) }));
    const current = new Map([[DOC_ID, doc.contentHash]]);
    expect(loadExpansions(dir, [DOC_ID], current).size).toBe(0);
    expect(loadExpansions(dir, [DOC_ID]).size).toBe(1);
    write(valid({ "3.3": { questions: ["电解铝指标？"] } }, { contentHash: doc.contentHash }));
    expect(loadExpansions(dir, [DOC_ID], current).size).toBe(1);
  });
});
