import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { FitCheckStateSchema } from "../../src/admission/fit-check-state.js";
import { continueCheck, startCheck } from "../../src/admission/fit-check.js";
import { ProjectProfileSchema } from "../../src/admission/profile-schema.js";
import { AdmissionReportSchema } from "../../src/admission/report-schema.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();

/** Pieces the extractor reacts to, so random texts reach its branches instead of only its fast path. */
const TOKENS = [
  "电解铝", "氧化铝", "再生铝", "铝箔", "陶粒", "铝土矿", "探矿权", "采矿证", "新建", "扩建", "技改", "现有",
  "没有", "尚未", "不", "已", "有", "不清楚", "重新开始", "指标", "置换方案", "公告", "赤泥", "专项论证",
  "三十万吨", "五十万吨/年", "一百二十万吨", "两百", "四百千安", "五百kA", "0万吨", "0kA", "9".repeat(400) + "吨",
  "点五万吨", "十百千安", "兴仁", "清镇经开区", "苟江", "织金县", "云南", "广西百色", "内蒙古", "大同", "从云南运来",
  "经开区", "工业园区", "产业园", "基准水平以下", "标杆", "环评", "三评都做了", "，", "。", "；", " ", "\n",
];
const BRACKETS: [string, string][] = [["（", "）"], ["(", ")"], ["《", "》"], ["【", "】"], ["[", "]"], ["{", "}"], ["“", "”"], ["〔", "〕"]];

const unicode = fc.string({ unit: "binary", maxLength: 300 });
const vocabulary = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(""));

/**
 * Texts of at least 20 000 characters: a random chunk repeated (cheap to generate, worst for
 * scanners – a single repeated token such as 云南 or 两百 once made the extractor quadratic).
 */
const huge = fc.tuple(fc.oneof(fc.constantFrom(...TOKENS), vocabulary, unicode), fc.integer({ min: 20_000, max: 24_000 }))
  .filter(([chunk]) => chunk.length > 0)
  .map(([chunk, size]) => chunk.repeat(Math.ceil(size / chunk.length)));

/** Brackets nested to random depth around vocabulary, possibly unbalanced or interleaved. */
const nested: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    vocabulary,
    fc.tuple(fc.constantFrom(...BRACKETS), fc.array(tie("node"), { maxLength: 3 }), fc.boolean())
      .map(([[open, close], inner, closed]) => open + inner.join("") + (closed ? close : "")),
  ),
})).node;
const deep = fc.tuple(fc.constantFrom(...BRACKETS), fc.integer({ min: 1, max: 5_000 }), vocabulary)
  .map(([[open, close], depth, core]) => open.repeat(depth) + core + close.repeat(depth));

const anyText = fc.oneof(unicode, vocabulary, nested, deep, huge);
// A fixed seed keeps the suite deterministic (the brief's rule); change it locally to explore further.
const SEED = 20_240_131;
const RUNS = { numRuns: 200, seed: SEED };
// Hundreds of CPU-bound runs (a fifth of them 20 000-character texts): on a loaded 2-core machine one
// test takes 10–20 s, so each gets more than the suite's 20 s default; a hang still fails.
const PROPERTY_TIMEOUT_MS = 60_000;

function expectValidStep(step: ReturnType<typeof startCheck>): void {
  AdmissionReportSchema.parse(step.report);
  FitCheckStateSchema.parse(step.state);
  expect(step.nextQuestions.every((q) => typeof q === "string" && q.length > 0)).toBe(true);
  expect(step.done).toBe(step.nextQuestions.length === 0);
}

describe("offline extractor and fit check on arbitrary input (fast-check)", () => {
  it("extractProfile never throws and returns a schema-valid profile that builds a valid report", () => {
    fc.assert(fc.property(anyText, (text) => {
      const profile = extractProfile(text, knowledge);
      ProjectProfileSchema.parse(profile);
      AdmissionReportSchema.parse(buildReport(profile, knowledge));
    }), RUNS);
  }, PROPERTY_TIMEOUT_MS);

  it("handles texts of 20 000+ characters", () => {
    fc.assert(fc.property(huge, (text) => {
      expect(text.length).toBeGreaterThanOrEqual(20_000);
      ProjectProfileSchema.parse(extractProfile(text, knowledge));
    }), { numRuns: 40, seed: SEED, examples: [["云南".repeat(11_000)], ["两百".repeat(11_000)], ["（".repeat(20_000)]] });
  }, PROPERTY_TIMEOUT_MS);

  it("startCheck / continueCheck never throw and every step is schema-valid", () => {
    fc.assert(fc.property(anyText, fc.array(fc.oneof(unicode, vocabulary, nested), { maxLength: 4 }), (description, answers) => {
      let step = startCheck(description, knowledge);
      expectValidStep(step);
      for (const answer of answers) {
        if (step.done) break;
        step = continueCheck(step.state, answer, knowledge);
        expectValidStep(step);
      }
    }), RUNS);
  }, PROPERTY_TIMEOUT_MS);

  it("every quote in a report of random input occurs in the clause it cites", () => {
    fc.assert(fc.property(vocabulary, (text) => {
      for (const f of buildReport(extractProfile(text, knowledge), knowledge).findings) {
        if (f.quote) expect(knowledge.clause(f.clauseId)?.text).toContain(f.quote.replace(/。$/, ""));
      }
    }), RUNS);
  }, PROPERTY_TIMEOUT_MS);
});
