import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import type { ProjectProfile } from "../../src/admission/profile-schema.js";
import { timingOf } from "../../src/admission/rules/applicability.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);
const judge = (p: ProjectProfile) => buildReport(p, knowledge);
const statusIn = (p: ProjectProfile, ruleId: string) => judge(p).findings.find((f) => f.ruleId === ruleId)?.status;
const failing = (t: string) => [...new Set(judge(read(t)).findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();

describe("五（三） for a plant that already stands (built, commissioning, producing)", () => {
  it("reads the project's own plant as standing from many ways of saying it", () => {
    for (const text of [
      "铝型材厂已经在生产了，能评没做",
      "轮毂厂投产快两年了",
      "陶粒项目已经在偷偷试生产",
      "铝箔车间已经建成，设备正在调试",
      "厂房已经盖好，生产线在试运行",
      "The foil plant is already producing",
    ]) {
      expect(read(text).operating, text).toBe(true);
    }
  });

  it("does not read a plan, a future start or a supplier's plant as the project standing", () => {
    for (const text of [
      "计划明年投产的铝箔项目",
      "铝型材项目还没投产",
      "准备投产后再补环评",
      "先把厂房建起来，手续后面再补",
      "新建轮毂厂，铝液来自旁边已经投产的电解铝厂",
      "铝箔项目建成后再办能评",
    ]) {
      expect(read(text).operating ?? false, text).toBe(false);
    }
  });

  it("fails a standing processing, by-product or recycling plant for every review it lacks, whatever its stage of doing it", () => {
    for (const text of [
      "做铝制门窗的工厂投产三年了，节能审查一直没办",
      "赤泥陶粒厂已经在生产了，环评还在编",
      "再生铝厂已经试生产，环评还没批下来",
      "含镓材料项目设备在调试，能评打算下个月报",
    ]) {
      expect(failing(text), text).toContain("5.3");
    }
  });

  it("keeps reviews under way before construction a question, not a breach", () => {
    for (const text of ["新建铝箔厂，环评正在做，计划明年投产", "准备建陶粒厂，能评环评都还没报，还没开工"]) {
      const report = judge(read(text));
      expect(report.overall, text).toBe("needs_info");
      expect((report.beforeConstruction ?? []).some((t) => t.includes("〔五（三）〕")), text).toBe(true);
    }
  });

  it("does not count the running plant of an upgrade or expansion as the change being built first", () => {
    const base: ProjectProfile = { projectType: "铝精深加工", operating: true, assessments: { environmentalImpact: "in_progress" } };
    expect(timingOf({ ...base, action: "新建" }).existing).toBe(true);
    expect(timingOf({ ...base, action: "扩建" }).existing).toBe(false);
    expect(statusIn({ ...base, action: "扩建" }, "5.3-assessments")).toBe("needs_info");
    expect(statusIn({ ...base, action: "新建" }, "5.3-assessments")).toBe("fail");
    expect(statusIn({ ...base, action: "技改" }, "5.3-assessments")).toBe("needs_info");
  });

  it("judges a plant stated to stand with its reviews done as compliant", () => {
    expect(judge(read("已经在生产的铝箔厂，环评能评都有")).overall).toBe("compliant");
  });
});

describe("relocation (搬迁): the project is the new site", () => {
  it("reads relocations as their own building action", () => {
    for (const text of ["再生铝厂搬到炉碧经开区", "铝型材厂整体搬迁到兴仁", "电解铝厂退城入园迁到清镇", "老厂迁建到开阳"]) {
      expect(read(text).action, text).toBe("搬迁");
    }
  });

  it("does not take the old site still producing, or its old approvals, as the project's", () => {
    const p = read("铝型材厂准备搬到兴仁经开区，老厂现在照常生产，老厂环评早就有，新厂址环评在办");
    expect(p.operating ?? false).toBe(false);
    expect(p.assessments?.environmentalImpact).toBe("in_progress");
    expect(judge(p).overall).toBe("needs_info");
  });

  it("fails a new site that produces without its reviews", () => {
    expect(failing("铝箔厂从白云搬到清镇去了，新厂址还没做环评就已经投产了")).toEqual(["5.3"]);
  });

  it("passes an electrolytic relocation that adds no capacity once its replacement plan is announced, and asks before", () => {
    const done = read("电解铝厂整体搬迁到兴仁经开区，产能不增加，置换方案已经公告，新厂址能评环评都批了");
    expect(done.quotaAnnounced).toBe("done");
    expect(judge(done).overall).toBe("compliant");
    const drafting = judge(read("电解铝厂整体搬迁到兴仁经开区，产能不增加，置换方案在编，新厂址环评在办"));
    expect(drafting.overall).toBe("needs_info");
    expect((drafting.beforeConstruction ?? []).some((t) => t.includes("〔三（三）〕"))).toBe(true);
  });

  it("does not read 产能…不增加 as the state of the replacement plan it sits next to", () => {
    expect(read("电解铝产能等量置换不增加，置换方案已经公告").quotaAnnounced).toBe("done");
    expect(read("产能置换不新增产能，置换方案还没公告").quotaAnnounced).toBe("not_yet");
  });
});
