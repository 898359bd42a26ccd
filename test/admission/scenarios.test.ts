import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { AdmissionReportSchema } from "../../src/admission/report-schema.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const ScenarioSchema = z.object({
  description: z.string().min(1),
  expected: z.object({
    overall: z.enum(["compliant", "non_compliant", "needs_info"]),
    failing: z.array(z.string()),
    cluster: z.string().nullable(),
    zoneFit: z.boolean().nullable().optional(),
    lead: z.string().nullable(),
    questionsCite: z.array(z.string()).optional(),
  }),
});

const dir = fileURLToPath(new URL("../fixtures/scenarios", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const { knowledge } = loadTestKnowledge();

describe("admission scenarios (test/fixtures/scenarios)", () => {
  it("has at least 30 scenarios", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)("%s", (file) => {
    const { description, expected } = ScenarioSchema.parse(JSON.parse(readFileSync(`${dir}/${file}`, "utf8")));
    const report = AdmissionReportSchema.parse(buildReport(extractProfile(description, knowledge), knowledge));
    expect(report.overall).toBe(expected.overall);
    const failing = [...new Set(report.findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();
    expect(failing).toEqual([...expected.failing].sort());
    expect(report.cluster?.clauseId ?? null).toBe(expected.cluster);
    if (expected.zoneFit !== undefined) expect(report.cluster?.zoneFit ?? null).toBe(expected.zoneFit);
    expect(report.departments.lead).toBe(expected.lead);
    for (const label of expected.questionsCite ?? []) {
      expect(report.questions.some((q) => q.includes(`〔${label}〕`))).toBe(true);
    }
    if (report.overall === "needs_info") expect(report.questions.length).toBeGreaterThan(0);
    // Every quote shown rests on the clause it cites.
    for (const f of report.findings.filter((x) => x.quote)) {
      expect(knowledge.clause(f.clauseId)?.text).toContain(f.quote.replace(/。$/, ""));
    }
  });
});
