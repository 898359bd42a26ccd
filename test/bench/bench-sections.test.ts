import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadHeldoutProjects, loadScenarios, runAdmissionBench, type AdmissionCase } from "../../src/bench/admission-bench.js";
import { createCliLikeCheck } from "../../src/bench/admission-section.js";
import { runAnswerBench } from "../../src/bench/answer-bench.js";
import { runBlindQuestions } from "../../src/bench/blind-bench.js";
import type { BlindQuestion } from "../../src/bench/blind-set-schema.js";
import { checkAnswerTargets, rankWorstFailures } from "../../src/bench/answer-section.js";
import { loadEvalQuestions } from "../../src/bench/eval-question-schema.js";
import { evalSetPaths } from "../../src/bench/eval-set-paths.js";
import { createTestApp } from "../helpers/create-test-app.js";

const paths = evalSetPaths(fileURLToPath(new URL("../..", import.meta.url)));
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());

const inUnit = (x: number) => x >= 0 && x <= 1;

describe("answer section metrics (real guarded engine, held-out sample)", () => {
  it("scores 5 held-out questions with ratios in [0,1] and ordered latencies", async () => {
    const all = loadEvalQuestions(paths.heldout);
    const sample = [...all.filter((q) => q.inScope).slice(0, 4), all.find((q) => !q.inScope)!];
    const m = await runAnswerBench({ engine: app.engine(), questions: sample, clauses: app.corpus().clauses, warmup: 1 });
    expect(m).toMatchObject({ questions: 5, inScope: 4, outOfScope: 1 });
    for (const r of [m.answerAccuracy, m.citationPrecision, m.refusalAccuracy, m.falseRefusalRate]) expect(inUnit(r)).toBe(true);
    expect(Number.isInteger(m.nonexistentCitations) && m.nonexistentCitations >= 0).toBe(true);
    expect(m.latencyMs.p50).toBeGreaterThan(0);
    expect(m.latencyMs.p50).toBeLessThanOrEqual(m.latencyMs.p95);
    expect(m.latencyMs.p95).toBeLessThanOrEqual(m.latencyMs.max);
    // Every in-scope miss and every unrefused out-of-scope question is listed, nothing else.
    const wrongInScope = Math.round((1 - m.answerAccuracy) * 4);
    const wrongOos = Math.round((1 - m.refusalAccuracy) * 1);
    expect(m.failures).toHaveLength(wrongInScope + wrongOos);
    expect(checkAnswerTargets(m).every((line) => typeof line === "string" && line.length > 0)).toBe(true);
  });

  it("orders failures worst first and names what was missing", () => {
    const base = { question: "q", answer: "a" };
    const ranked = rankWorstFailures([
      { ...base, id: "fact", reason: "缺少事实：20%", cited: ["3"] },
      { ...base, id: "oos", reason: "未拒答", cited: ["3.4"] },
      { ...base, id: "both", reason: "缺少事实：800亿元；未引用标准条款 1.2", cited: ["2.1"] },
    ], 2);
    expect(ranked.map((f) => f.id)).toEqual(["oos", "both"]);
  });
});

describe("admission section metrics (same path as `alubot check`)", () => {
  const check = createCliLikeCheck(app);
  const projects = loadHeldoutProjects(paths.heldoutProjects).slice(0, 3);

  it("loads both project sets", () => {
    expect(loadScenarios(paths.scenarios).length).toBeGreaterThanOrEqual(30);
    expect(projects).toHaveLength(3);
  });

  it("scores 3 held-out projects and lists exactly the mismatches", async () => {
    const m = await runAdmissionBench(projects, check);
    expect(m.cases).toBe(3);
    for (const r of [m.overallAccuracy, m.failingExactMatch, m.clusterAccuracy]) expect(inUnit(r)).toBe(true);
    expect(m.mismatches.length).toBeGreaterThanOrEqual(Math.round((1 - m.overallAccuracy) * 3));
    expect(m.mismatches.length).toBeLessThanOrEqual(3);
    expect(m.latencyMs.p50).toBeLessThanOrEqual(m.latencyMs.p95);
  });

  it("counts a case as right only when verdict, failing clauses and cluster all agree", async () => {
    const first = projects[0]!;
    const report = await check(first.description);
    const actual: AdmissionCase = {
      ...first,
      overall: report.overall,
      failing: [...new Set(report.findings.filter((f) => f.status === "fail").map((f) => f.clauseId))],
      cluster: report.cluster?.clauseId ?? null,
    };
    const right = await runAdmissionBench([actual], check);
    expect(right).toMatchObject({ overallAccuracy: 1, failingExactMatch: 1, clusterAccuracy: 1, mismatches: [] });
    const wrongCluster = await runAdmissionBench([{ ...actual, cluster: actual.cluster === "2.9" ? "2.8" : "2.9" }], check);
    expect(wrongCluster).toMatchObject({ overallAccuracy: 1, clusterAccuracy: 0 });
    expect(wrongCluster.mismatches[0]?.id).toBe(first.id);
  });
});

describe("blind set failure sink (used sets only)", () => {
  it("receives exactly the wrong items, and the figures do not depend on it", async () => {
    const items: BlindQuestion[] = [
      { id: "ok", question: "三（三）", gold: ["3.3"], inScope: true, type: "what", style: "formal", facts: ["电解铝"] },
      { id: "bad-fact", question: "三（三）", gold: ["3.3"], inScope: true, type: "what", style: "formal", facts: ["文件里没有的字样"] },
      { id: "bad-clause", question: "三（三）", gold: ["6.2"], inScope: true, type: "what", style: "formal", facts: [] },
    ];
    const lines: string[] = [];
    const withSink = await runBlindQuestions(app.engine(), await app.retriever(), items, (l) => lines.push(l));
    const without = await runBlindQuestions(app.engine(), await app.retriever(), items);
    expect(withSink.answerAccuracy).toBeCloseTo(1 / 3);
    expect({ ...withSink, p50Ms: 0 }).toEqual({ ...without, p50Ms: 0 });
    expect(lines.map((l) => l.slice(0, l.indexOf("]") + 1))).toEqual(["[bad-fact]", "[bad-clause]"]);
    expect(lines[0]).toContain("缺：文件里没有的字样");
    expect(lines[1]).toContain("不含正确条款");
  });
});
