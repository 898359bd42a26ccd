import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ClauseSchema } from "../../src/corpus/clause-schema.js";
import { buildRetriever } from "../../src/retrieval/build-retriever.js";
import { BIGRAM_PREFIX, NUMBER_PREFIX } from "../../src/retrieval/analysis/create-analyzer.js";
import { foldText } from "../../src/text/fold-text.js";
import { extractNumberTokens } from "../../src/retrieval/analysis/number-tokens.js";
import type { Retriever } from "../../src/retrieval/retriever.js";
import { realAnalyzer, realCorpus, tempDataDir } from "../retrieval/retrieval-fixtures.js";
import { hostileText } from "./arbitraries.js";

const UNITS = ["ka", "KA", "kA", "千安", "%", "％", "万吨/年", "万吨", "吨", "亿元", "年", "个", " ", ""];
const WIDTH = ["０", "１", "２", "７", "Ａ", "ｋ", "％", "　", "（", "）"];
const HAN_ONLY = /^[\u3400-\u9fff]{2}$/;

/** Numbers with units as policy text writes them: half/full width, 百分之N, spaces before the unit. */
const numberWithUnit = fc
  .tuple(fc.oneof(fc.nat(100_000).map(String), fc.double({ min: 0, max: 1000, noNaN: true }).map((d) => d.toFixed(2))), fc.constantFrom(...UNITS), fc.boolean())
  .map(([n, u, wide]) => (wide ? n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : n) + u);
const chineseFigure = fc.constantFrom("百分之二十", "百分之95", "百分之十五", "百分之零", "二〇二七年", "四百千安");

/** Policy-like text: hostile Unicode, width variants, numbers with units and real corpus snippets. */
const policyishText = (maxLength = 40) =>
  fc
    .array(
      fc.oneof(
        hostileText(20),
        fc.constantFrom(...WIDTH),
        numberWithUnit,
        chineseFigure,
        fc.constantFrom(...realCorpus().clauses.map((c) => c.title)),
      ),
      { maxLength },
    )
    .map((p) => p.join(""));

function checkTokenShape(tokens: string[]): void {
  for (const t of tokens) {
    expect(typeof t).toBe("string");
    expect(t.length).toBeGreaterThan(0);
    expect(t).toBe(t.trim());
    if (t.startsWith(BIGRAM_PREFIX)) expect(t.slice(BIGRAM_PREFIX.length)).toMatch(HAN_ONLY);
    // A number token is a number plus a unit, never a bare number (bare numbers match nothing useful).
    if (t.startsWith(NUMBER_PREFIX)) expect(t.slice(NUMBER_PREFIX.length)).toMatch(/^\d+(?:\.\d+)?\D+$/u);
  }
}

describe("retrieval analyzer (property)", () => {
  const analyzer = realAnalyzer();

  it("never lets a typed prefix character pose as a number or bigram token", () => {
    expect(analyzer.tokens("#𠀀")).not.toContain("#𠀀");
    expect(analyzer.tokens("²铝液 #20%").filter((t) => t.startsWith(NUMBER_PREFIX))).toEqual([`${NUMBER_PREFIX}20%`]);
  });

  it("never throws and returns well-formed tokens for random, width-variant and numeric text", () => {
    fc.assert(
      fc.property(policyishText(), (raw) => {
        checkTokenShape(analyzer.tokens(raw));
      }),
      { numRuns: 300 },
    );
  });

  it("folding is idempotent, and analysing folded text gives the same tokens", () => {
    fc.assert(
      fc.property(policyishText(), (raw) => {
        const folded = foldText(raw);
        expect(foldText(folded)).toBe(folded);
        expect(analyzer.tokens(folded)).toEqual(analyzer.tokens(raw));
      }),
      { numRuns: 300 },
    );
  });

  it("full-width and half-width forms of a figure give the same number tokens", () => {
    fc.assert(
      fc.property(fc.nat(99_999), fc.constantFrom("ka", "%", "万吨", "年", "亿元"), (n, unit) => {
        const half = `${n}${unit}`;
        const full = half.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        const numbers = (s: string) => analyzer.tokens(s).filter((t) => t.startsWith(NUMBER_PREFIX));
        expect(numbers(full)).toEqual(numbers(half));
        expect(numbers(half)).toEqual([`${NUMBER_PREFIX}${n}${unit}`]);
        expect(extractNumberTokens(foldText(full)).map((t) => t.token)).toEqual([`${n}${unit}`]);
      }),
      { numRuns: 200 },
    );
  });

  it("survives huge inputs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...realCorpus().clauses.map((c) => c.text)), fc.integer({ min: 20, max: 60 }), (text, times) => {
        const huge = text.repeat(times).slice(0, 50_000);
        checkTokenShape(analyzer.tokens(huge));
      }),
      { numRuns: 3 },
    );
  });
});

describe("hybrid retriever (property)", () => {
  let retriever: Retriever;
  const ids = new Set(realCorpus().clauses.map((c) => c.clauseId));
  beforeAll(async () => {
    retriever = (await buildRetriever({ corpus: realCorpus(), dataDir: tempDataDir(), embedding: null })).retriever;
  }, 60_000);

  it("random queries never throw and return schema-valid results with confidence in [0,1]", async () => {
    await fc.assert(
      fc.asyncProperty(policyishText(30), fc.integer({ min: 1, max: 8 }), async (query, k) => {
        const r = await retriever.retrieve(query, { k });
        expect(typeof r.query).toBe("string");
        expect(typeof r.outOfScope).toBe("boolean");
        expect(Number.isFinite(r.confidence)).toBe(true);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.hits.length).toBeLessThanOrEqual(k);
        expect(new Set(r.hits.map((h) => h.clause.clauseId)).size).toBe(r.hits.length);
        for (const h of r.hits) {
          expect(Number.isFinite(h.score)).toBe(true);
          expect(ids.has(h.clause.clauseId)).toBe(true);
          ClauseSchema.parse(h.clause);
        }
        for (let i = 1; i < r.hits.length; i++) expect(r.hits[i - 1]!.score).toBeGreaterThanOrEqual(r.hits[i]!.score);
      }),
      { numRuns: 80 },
    );
  });
});
