import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDerivedCache, writeDerivedCache } from "../../src/cache/derived-cache-file.js";
import { LEXICON_SECTIONS } from "../../src/lexicon/data/index.js";
import { defaultLexiconSourceHash } from "../../src/lexicon/default-lexicon.js";
import { LEXICON_CACHE_FILE, loadLexiconCached } from "../../src/lexicon/lexicon-cache.js";
import { assembleLexicon, buildLexicon, deriveLexiconTables, LexiconError, validateLexiconSections } from "../../src/lexicon/lexicon.js";
import { foldText } from "../../src/text/fold-text.js";

const EVAL = fileURLToPath(new URL("../fixtures/eval/", import.meta.url));

/** The development questions (dev, held-out, probes and the used-blind sets; never the blind set): every question and turn. */
function evalQuestions(): string[] {
  const out: string[] = [];
  const usedBlind = readdirSync(EVAL).filter((d) => d.startsWith("used-blind-")).flatMap((d) => [`${d}/questions-blind.jsonl`, `${d}/conversations-blind.jsonl`]);
  for (const f of ["questions.jsonl", "heldout.jsonl", "english-probe.jsonl", "english-probe-2.jsonl", "follow-up-probe.jsonl", ...usedBlind]) {
    if (!existsSync(join(EVAL, f))) continue;
    for (const line of readFileSync(join(EVAL, f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as { question?: string; turns?: { question?: string }[] };
      if (o.question) out.push(o.question);
      for (const t of o.turns ?? []) if (t.question) out.push(t.question);
    }
  }
  return out;
}

const readHeaderKey = (path: string) => (JSON.parse(readFileSync(path, "utf8").split("\n", 1)[0]!) as { key: string }).key;

const dir = () => mkdtempSync(join(tmpdir(), "alubot-lexcache-"));

describe("derived cache file", () => {
  it("returns the payload only for the same key and an intact payload", () => {
    const path = join(dir(), "x.cache.json");
    expect(writeDerivedCache(path, "k1", { a: [1, "二"] })).toBe(true);
    expect(readDerivedCache(path, "k1")).toEqual({ a: [1, "二"] });
    expect(readDerivedCache(path, "k2")).toBeUndefined();
    writeFileSync(path, readFileSync(path, "utf8").replace("二", "三"));
    expect(readDerivedCache(path, "k1")).toBeUndefined();
    writeFileSync(path, "not json at all");
    expect(readDerivedCache(path, "k1")).toBeUndefined();
    expect(readDerivedCache(join(dir(), "missing.json"), "k1")).toBeUndefined();
  });
});

describe("lexicon cache", () => {
  it("a cached lexicon is the validated one: same concepts, same matches", () => {
    const cacheDir = dir();
    const built = loadLexiconCached(LEXICON_SECTIONS, defaultLexiconSourceHash(), cacheDir);
    const cached = loadLexiconCached(LEXICON_SECTIONS, defaultLexiconSourceHash(), cacheDir);
    expect([built.source, cached.source]).toEqual(["built", "cached"]);
    expect(cached.lexicon.concepts).toStrictEqual(validateLexiconSections(LEXICON_SECTIONS));
    for (const q of ["电解铝还能新建吗", "氧化吕厂在清镇能建吗", "who is in charge of red mud recycling", "銀行會給鋁企業貸款嗎"]) {
      const f = foldText(q);
      const ids = (l: typeof built.lexicon) => l.match(f).map((m) => `${m.concept.id}@${m.start}:${m.via}`);
      expect(ids(cached.lexicon)).toEqual(ids(buildLexicon(LEXICON_SECTIONS)));
    }
  });

  it("the cached tables are what assembling derives, and the lexicon built from them answers every eval question as the assembled one", () => {
    const cacheDir = dir();
    loadLexiconCached(LEXICON_SECTIONS, defaultLexiconSourceHash(), cacheDir);
    const cached = loadLexiconCached(LEXICON_SECTIONS, defaultLexiconSourceHash(), cacheDir);
    expect(cached.source).toBe("cached");
    const payload = readDerivedCache<{ tables: unknown }>(join(cacheDir, LEXICON_CACHE_FILE), readHeaderKey(join(cacheDir, LEXICON_CACHE_FILE)));
    const concepts = validateLexiconSections(LEXICON_SECTIONS);
    expect(payload?.tables).toStrictEqual(deriveLexiconTables(concepts));
    const assembled = assembleLexicon(concepts);
    const lex = cached.lexicon;
    expect(lex.surfaceForms()).toEqual(assembled.surfaceForms());
    for (const c of concepts) {
      expect(lex.ancestors(c.id).map((a) => a.id)).toEqual(assembled.ancestors(c.id).map((a) => a.id));
      for (const scope of ["own", "lineage", "family"] as const) expect(lex.forms(c.id, scope)).toEqual(assembled.forms(c.id, scope));
    }
    const questions = evalQuestions();
    expect(questions.length).toBeGreaterThan(1000);
    const view = (l: typeof lex, q: string) => l.match(foldText(q)).map((m) => `${m.concept.id}@${m.start}-${m.end}:${m.via}:${m.surface}`);
    for (const q of questions) expect(view(lex, q), q).toEqual(view(assembled, q));
  });

  it("other source data (another hash) or a damaged file rebuilds, validating the sections again", () => {
    const cacheDir = dir();
    loadLexiconCached(LEXICON_SECTIONS, "hash-a", cacheDir);
    expect(loadLexiconCached(LEXICON_SECTIONS, "hash-b", cacheDir).source).toBe("built");
    const path = join(cacheDir, LEXICON_CACHE_FILE);
    writeFileSync(path, readFileSync(path, "utf8").slice(0, 1000));
    expect(loadLexiconCached(LEXICON_SECTIONS, "hash-b", cacheDir).source).toBe("built");
    expect(loadLexiconCached(LEXICON_SECTIONS, "hash-b", cacheDir).source).toBe("cached");
  });

  it("a malformed section still fails loudly when the cache is (re)built", () => {
    const bad = [{ section: "t", concepts: [{ id: "Bad Id", kind: "product" as const, label: "x", terms: ["铝箔"] }] }];
    expect(() => loadLexiconCached(bad, "bad", dir())).toThrow(LexiconError);
  });
});
