import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { AdmissionReportSchema } from "../../src/admission/report-schema.js";

const run = promisify(execFile);
const BIN = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "alubot-conv-report-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The built CLI as a subprocess, offline, with its own data dir (the conversation store lives there). */
async function cli(args: string[]): Promise<Record<string, unknown>> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ALUBOT_DATA_DIR: dataDir, ALUBOT_LOG_LEVEL: "silent" };
  const { stdout } = await run(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 30_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const ask = (conversation: string, text: string) => cli(["ask", "--json", "--conversation", conversation, text]);

describe("a conversational check through `ask --json --conversation` (built CLI)", () => {
  it("needs the built CLI", () => {
    expect(existsSync(BIN), "dist/cli.js missing: run npm run build").toBe(true);
  });

  it("carries the report on every check turn and ends in the report `check --json` gives for the same description", async () => {
    const turns = ["在兴仁经开区新建电解铝项目，500kA预焙槽", "产能指标已落实，置换方案已按程序公告", "能效达到标杆水平", "节能审查、环评、水资源论证都已批复"];
    let last: Record<string, unknown> = {};
    for (const [i, turn] of turns.entries()) {
      last = await ask("conv-a", turn);
      const report = AdmissionReportSchema.parse(last.report);
      // Until the last answer the check is still asking: the interim verdict is readable too.
      if (i < turns.length - 1) expect(report.overall).toBe("needs_info");
    }
    const fromCheck = await cli(["check", "--json", turns.join("，")]);
    expect(AdmissionReportSchema.parse(last.report).overall).toBe("compliant");
    expect(last.report).toEqual(fromCheck);
  }, 60_000);

  it("short answers (没有、都做了) end in the report `check --profile` gives for those facts", async () => {
    const first = await ask("conv-b", "在兴仁经开区新建电解铝项目");
    expect(String(first.answer)).toContain("产能指标");
    await ask("conv-b", "没有，能效标杆水平");
    const last = await ask("conv-b", "都做了");
    const report = AdmissionReportSchema.parse(last.report);
    expect(report.overall).toBe("non_compliant");
    expect(report.findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("fail");

    const file = join(dataDir, "facts.json");
    writeFileSync(file, JSON.stringify({
      projectType: "电解铝", action: "新建",
      location: { province: "贵州", city: "黔西南布依族苗族自治州", county: "兴仁市", zone: "兴仁经开区" },
      quotaAnnounced: "not_done", energyLevel: "标杆水平",
      assessments: { energyReview: "done", environmentalImpact: "done", waterResources: "done" },
    }));
    expect(last.report).toEqual(await cli(["check", "--json", "--profile", file]));
  }, 60_000);

  it("\"还没落实\" for a conditional requirement is followed up once, then ends in the report `check --profile` gives", async () => {
    const first = await ask("conv-d", "在务川县新建氧化铝项目，专项论证已通过，能效标杆，节能审查、环评、水资源论证都批了");
    expect(String(first.answer)).toContain("〔三（二）〕");
    const second = await ask("conv-d", "还没落实");
    // Not settled yet is no breach before construction: the check asks where the ore will come from.
    expect(AdmissionReportSchema.parse(second.report).findings.some((f) => f.status === "fail")).toBe(false);
    expect(String(second.answer)).toContain("矿石打算从哪里来");
    const last = await ask("conv-d", "还没定");
    const report = AdmissionReportSchema.parse(last.report);
    expect(report.overall).toBe("needs_info");
    expect(report.beforeConstruction?.some((t) => t.includes("〔三（二）〕"))).toBe(true);

    const file = join(dataDir, "facts-alumina.json");
    writeFileSync(file, JSON.stringify({
      projectType: "氧化铝", action: "新建",
      location: { province: "贵州", city: "遵义市", county: "务川仡佬族苗族自治县", zone: "“务川—正安—道真”铝资源富集区" },
      bauxiteMatched: "not_yet", specialDemonstration: "done", energyLevel: "标杆水平",
      assessments: { energyReview: "done", environmentalImpact: "done", waterResources: "done" },
    }));
    expect(last.report).toEqual(await cli(["check", "--json", "--profile", file]));
  }, 60_000);

  it("a reply promising the approvals before construction ends in the report `check --json` gives for the whole description", async () => {
    const turns = ["在清镇经开区新建铝箔项目，年产两万吨", "环评、能评、水资源论证都在办，开工前全部办完"];
    let last: Record<string, unknown> = {};
    for (const turn of turns) last = await ask("conv-e", turn);
    const report = AdmissionReportSchema.parse(last.report);
    expect(report.overall).toBe("compliant");
    expect(report.beforeConstruction?.some((t) => t.includes("〔五（三）〕"))).toBe(true);
    expect(last.report).toEqual(await cli(["check", "--json", turns.join("，")]));
  }, 60_000);

  it("an ordinary question carries no report", async () => {
    const reply = await ask("conv-c", "三（四）讲了什么？");
    expect(reply).not.toHaveProperty("report");
  }, 30_000);
});
