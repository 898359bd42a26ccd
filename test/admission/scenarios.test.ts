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
    /** Clauses with 💡 advice (guidance the project does not follow): never failing. */
    advised: z.array(z.string()).optional(),
    /** Clause labels the "before construction" to-do list cites. */
    todosCite: z.array(z.string()).optional(),
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
    for (const id of expected.advised ?? []) {
      expect(report.findings.some((f) => f.clauseId === id && f.status === "advice")).toBe(true);
    }
    for (const label of expected.todosCite ?? []) {
      expect(report.beforeConstruction?.some((t) => t.includes(`〔${label}〕`))).toBe(true);
    }
    // needs_info always says what is missing: a question to answer or work to finish before construction.
    if (report.overall === "needs_info") expect(report.questions.length + (report.beforeConstruction?.length ?? 0)).toBeGreaterThan(0);
    // Guidance is never a breach, and every in-province report names who is responsible.
    expect(report.findings.filter((f) => f.status === "fail").every((f) => f.strength !== "guidance")).toBe(true);
    if (!failing.includes("0")) expect(report.departments.all.length).toBeGreaterThan(0);
    // Every quote shown rests on the clause it cites.
    for (const f of report.findings.filter((x) => x.quote)) {
      expect(knowledge.clause(f.clauseId)?.text).toContain(f.quote.replace(/。$/, ""));
    }
  });
});
