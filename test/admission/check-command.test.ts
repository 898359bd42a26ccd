import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/create-app.js";
import { AdmissionReportSchema } from "../../src/admission/report-schema.js";
import { loadConfig } from "../../src/config/app-config.js";
import { CORPUS_DIR } from "../helpers/load-test-corpus.js";
import { runCliCaptured } from "../helpers/run-cli-captured.js";

const tmp = mkdtempSync(join(tmpdir(), "alubot-check-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const app = createApp(loadConfig({}, { corpusDir: CORPUS_DIR, llm: null }));

async function run(argv: string[]) {
  const r = await runCliCaptured(argv, { app });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("alubot check", () => {
  it("--json prints the report in the issue's shape", async () => {
    const { code, out } = await run(["check", "--json", "新建电解铝，350kA 电解槽，没有产能指标"]);
    expect(code).toBe(0);
    const report = AdmissionReportSchema.parse(JSON.parse(out));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["overall", "projectType", "profile", "findings", "cluster", "incentives", "departments", "questions"]));
    expect(report.overall).toBe("non_compliant");
    expect(report.findings[0]).toEqual(expect.objectContaining({ ruleId: expect.any(String), clauseId: expect.any(String), status: expect.any(String), message: expect.any(String), quote: expect.any(String) }));
  });

  it("human output is Chinese with status icons, 〔〕 citations and the lead marked 列首位", async () => {
    const { out } = await run(["check", "在兴仁经开区新建年产5万吨铝箔项目，环评、能评和水资源论证都做了"]);
    expect(out).toContain("✅ 符合政策要求");
    expect(out).toContain("〔二（二）〕");
    expect(out).toContain("➖");
    expect(out).toMatch(/省工业和信息化厅（列首位/);
    expect(out).toContain("各市县人民政府（文件统一说明");
    expect(out).toContain("项目是否位于点名园区：是");
  });

  it("--profile reads a JSON profile and reports schema errors in Chinese", async () => {
    const good = join(tmp, "good.json");
    // Facts may be written as states or, as older profiles do, as true/false.
    writeFileSync(good, JSON.stringify({ projectType: "再生铝", action: "新建", location: { county: "织金县" }, wasteSupplyAssessed: true, assessments: { environmentalImpact: "postponed" } }));
    const ok = await run(["check", "--json", "--profile", good]);
    const report = JSON.parse(ok.out);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === "3.4-recycled-zone").status).toBe("advice");
    expect(report.profile.wasteSupplyAssessed).toBe("done");
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === "5.3-assessments").status).toBe("fail");

    const bad = join(tmp, "bad.json");
    writeFileSync(bad, JSON.stringify({ projectType: "钢铁", cellCurrentKa: "很大" }));
    const res = await run(["check", "--profile", bad]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("字段有误");
    const missing = await run(["check", "--profile", join(tmp, "nope.json")]);
    expect(missing.err).toContain("无法读取");
  });

  it("asks for a description when none is given", async () => {
    const { code, err } = await run(["check"]);
    expect(code).toBe(2);
    expect(err).toContain("请给出项目描述");
  });
});
