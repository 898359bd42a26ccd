import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/answer/split-sentences.js";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import { createBm25Index, type WeightedField } from "../../src/retrieval/lexical/bm25-index.js";
import { memoizeRecent } from "../../src/text/recent-memo.js";
import { createSubstringIndex } from "../../src/text/substring-index.js";

/**
 * The warm path keeps results and tables that recomputing would give again; each test compares the
 * kept or indexed form with the plain computation it stands in for, including after the kept results
 * have been pushed out.
 */

describe("memoizeRecent", () => {
  it("answers every call exactly as the function does, within and past its bound", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }), fc.integer({ min: 1, max: 5 }), (calls, keep) => {
      let computed = 0;
      const f = (x: number) => (computed++, `v${x * x}`);
      const kept = memoizeRecent(f, keep);
      for (const x of calls) expect(kept(x)).toBe(`v${x * x}`);
      expect(computed).toBeLessThanOrEqual(calls.length);
    }), { numRuns: 200, seed: 3 });
  });

  it("computes a result again once more than `keep` other arguments came after it", () => {
    let computed = 0;
    const kept = memoizeRecent((x: string) => (computed++, x.length), 2);
    kept("a"); kept("a");
    expect(computed).toBe(1);
    kept("bb"); kept("ccc"); kept("a");
    expect(computed).toBe(4);
  });
});

/** What the numeric pair keys replace: slicing the form's first two code units. */
function naiveOccurrences(forms: readonly string[], text: string) {
  const out: string[] = [];
  for (const form of forms) for (let i = text.indexOf(form); form && i >= 0; i = text.indexOf(form, i + 1)) out.push(`${form}@${i}`);
  return out.sort();
}

describe("substring index keys", () => {
  it("matches by UTF-16 code units, so forms with characters outside the BMP are found exactly", () => {
    const unit = fc.constantFrom("𠮷", "铝", "a", "\ud842", "\udfb7");
    fc.assert(fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.string({ unit, maxLength: 30 }), (forms, text) => {
      const unique = [...new Set(forms)];
      const got = createSubstringIndex(unique, (f) => f).occurrences(text).map((o) => `${o.item}@${o.start}`).sort();
      expect(got).toEqual(naiveOccurrences(unique, text));
    }), { numRuns: 300, seed: 5 });
  });
});

/** The map-based search the per-document score slots replace (the same additions in the same order). */
function naiveSearch(docs: readonly (readonly WeightedField[])[], query: ReadonlyMap<string, number>, k1 = 1.2, b = 0.75): [number, number][] {
  const bags = docs.map((fields) => {
    const bag = new Map<string, number>();
    for (const f of fields) for (const t of f.tokens) bag.set(t, (bag.get(t) ?? 0) + f.weight);
    return bag;
  });
  const lengths = docs.map((fields) => fields.reduce((a, f) => a + f.tokens.length * f.weight, 0));
  const n = docs.length;
  const avg = lengths.reduce((a, x) => a + x, 0) / Math.max(1, n) || 1;
  const norms = lengths.map((len) => k1 * (1 - b + (b * len) / avg));
  const df = (t: string) => bags.filter((bag) => bag.has(t)).length;
  const scores = new Map<number, number>();
  for (const [t, qw] of query) {
    const d = df(t);
    if (!d) continue;
    const w = qw * Math.log(1 + (n - d + 0.5) / (d + 0.5));
    bags.forEach((bag, i) => {
      const tf = bag.get(t);
      if (tf !== undefined) scores.set(i, (scores.get(i) ?? 0) + w * ((tf * (k1 + 1)) / (tf + norms[i]!)));
    });
  }
  return [...scores].filter(([, s]) => s > 0).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
}

describe("BM25 search", () => {
  const token = fc.constantFrom("铝", "电解", "赤泥", "园区", "²再生", "#20%");
  const field = fc.record({ tokens: fc.array(token, { maxLength: 8 }), weight: fc.constantFrom(0, 0.5, 1, 3) });
  it("scores and ranks exactly as a map of scores did, every time a token's IDF is asked again", () => {
    fc.assert(fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
      fc.array(fc.tuple(fc.constantFrom("铝", "电解", "赤泥", "未知", "#20%"), fc.constantFrom(1, 0.6)), { maxLength: 5 }), (docs, pairs) => {
        const index = createBm25Index(docs);
        const query = new Map(pairs);
        for (let round = 0; round < 2; round++) expect(index.search(query)).toEqual(naiveSearch(docs, query));
      }), { numRuns: 300, seed: 9 });
  });
});

describe("kept folding and sentence splits", () => {
  const texts = ["（一）到2027年，再生铝占比达到20％以上；", "电解铝 400 千安，ＫＡ。", "推进铝资源高效开发。严禁以探代采！（省自然资源厅、省能源局）"];
  it("give the same result when computed, kept, and computed again after being pushed out", () => {
    const first = texts.map((t) => [foldForMatch(t), splitSentences(t)] as const);
    const kept = texts.map((t) => [foldForMatch(t), splitSentences(t)] as const);
    for (let i = 0; i < 5000; i++) { foldForMatch(`填充${i}`); splitSentences(`填充句子${i}。`); }
    const again = texts.map((t) => [foldForMatch(t), splitSentences(t)] as const);
    expect(kept).toEqual(first);
    expect(again).toEqual(first);
    expect(first[0]![0]).toBe("一到2027年再生铝占比达到20%以上");
  });

  it("hands each caller its own sentence list", () => {
    const a = splitSentences(texts[2]!);
    a.push("改动");
    expect(splitSentences(texts[2]!)).toEqual(["推进铝资源高效开发。", "严禁以探代采！"]);
  });
});
