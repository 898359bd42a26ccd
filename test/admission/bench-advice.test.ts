import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { AdmissionCaseSchema, runAdmissionBench } from "../../src/bench/admission-bench.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const check = async (d: string) => buildReport(extractProfile(d, knowledge), knowledge);

describe("admission bench scoring with 💡 advice", () => {
  const cases = [AdmissionCaseSchema.parse({
    id: "cells", description: "新建电解铝，指标已公告，300KA的槽子，能效标杆，三评都做了", overall: "compliant", failing: [], cluster: null, advised: ["3.3"],
  })];

  it("scores only fail findings as failing: advice on an advised clause is right and counts no encouraged failure", async () => {
    const m = await runAdmissionBench(cases, check);
    expect(m.overallAccuracy).toBe(1);
    expect(m.failingExactMatch).toBe(1);
    expect(m.encouragedFailed).toBe(0);
  });

  it("counts a ❌ on an advised clause", async () => {
    const failingCheck = async (d: string) => {
      const r = await check(d);
      return { ...r, overall: "non_compliant" as const, findings: r.findings.map((f) => (f.status === "advice" ? { ...f, status: "fail" as const } : f)) };
    };
    const m = await runAdmissionBench(cases, failingCheck);
    expect(m.encouragedFailed).toBe(1);
    expect(m.overallAccuracy).toBe(0);
  });
});
