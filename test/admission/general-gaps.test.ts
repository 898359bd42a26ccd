import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { evaluateProfile } from "../../src/admission/evaluate-profile.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);
const check = (t: string) => buildReport(read(t), knowledge);
const failing = (t: string) => [...new Set(check(t).findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();
const statusOf = (t: string, ruleId: string) => check(t).findings.find((f) => f.ruleId === ruleId)?.status;

describe("第五部分 energy baseline covers the whole aluminium industry", () => {
  it("fails a stated below-baseline level for any aluminium type, existing plants included", () => {
    for (const text of ["已投产的铝型材厂，能效在基准水平以下，暂不打算技术升级", "铝箔老厂，能效低于基准", "陶粒生产线在产，能耗偏高，达不到基准"]) {
      expect(check(text).overall, text).toBe("non_compliant");
      expect(failing(text), text).toContain("5");
    }
  });

  it("fails a stated below-baseline level even before the project type is known", () => {
    expect(failing("我们厂能效达不到基准水平")).toContain("5");
  });

  it("judges a stated good level for processing but does not ask processing projects about it", () => {
    expect(statusOf("新建铝板带项目，能效按标杆水平设计", "5-energy-baseline")).toBe("pass");
    const silent = check("新建铝板带项目");
    expect(silent.findings.find((f) => f.ruleId === "5-energy-baseline")?.status).toBe("not_applicable");
    expect(silent.questions.some((q) => q.includes("能效"))).toBe(false);
  });

  it("still asks the smelting types the target names (电解铝, 氧化铝) when the level is unknown, not scrap re-melting", () => {
    expect(statusOf("电解铝扩建", "5-energy-baseline")).toBe("needs_info");
    expect(statusOf("新建氧化铝", "5-energy-baseline")).toBe("needs_info");
    expect(statusOf("新建再生铝项目", "5-energy-baseline")).toBe("not_applicable");
    expect(statusOf("新建再生铝项目，能效在基准以下", "5-energy-baseline")).toBe("fail");
  });

  it("reads a negated action word as what the project will not do", () => {
    expect(read("现有铝加工厂，不想改造").action).toBe("现有");
    expect(read("在产的铝材厂，没扩建计划").action).toBe("现有");
  });
});

describe("五（三）: assessments postponed are not done", () => {
  it.each([
    "新建铝合金轮毂厂，环评打算以后再办",
    "铝箔项目准备动工，能评回头再补",
    "铝型材项目先建后批，节能审查之后再弄",
    "新建铝板项目，各类手续边建边办",
  ])("%s → 5.3 fails", (text) => {
    expect(failing(text)).toContain("5.3");
    expect(check(text).overall).toBe("non_compliant");
  });

  it("a general mention of 手续 as postponed marks all three as postponed; affirmed assessments still pass", () => {
    expect(read("铝材厂新建，手续以后再说，后面再补").assessments).toEqual({ energyReview: "postponed", environmentalImpact: "postponed", waterResources: "postponed" });
    expect(read("新建铝箔项目，节能审查、环评、水资源论证都已批复").assessments).toEqual({ energyReview: "done", environmentalImpact: "done", waterResources: "done" });
  });

  it("treats starting construction as a building action, so 5.3 applies", () => {
    expect(read("铝箔项目想马上开工").action).toBe("新建");
  });
});

describe("三（一）: mining without a licence", () => {
  it.each([
    "几个没有采矿证的铝土矿点还在挖",
    "采矿许可证还没办下来，矿上已经开始开采",
    "有个无证开采的小矿，想接手",
  ])("%s → 3.1 fails", (text) => {
    const p = read(text);
    expect(p.projectType).toBe("铝土矿开采");
    expect(p.miningRight).toBe("无证");
    expect(failing(text)).toContain("3.1");
  });

  it("a licence statement without other type words still makes a mining project, and passes", () => {
    const p = read("矿山采矿许可证已取得");
    expect(p.projectType).toBe("铝土矿开采");
    expect(statusOf("矿山采矿许可证已取得", "3.1-licensed-mining")).toBe("pass");
  });

  it("an alumina plant buying ore from a licensed mine stays an alumina project", () => {
    expect(read("新建氧化铝厂，矿石从有采矿证的矿山采购").projectType).toBe("氧化铝");
  });
});

describe("integrated projects are evaluated under every chained type", () => {
  it("chains types joined by a connector and evaluates the electrolytic rules too", () => {
    const text = "新建氧化铝、电解铝联合项目，铝土矿自有，专项论证已完成，但电解铝产能指标还没落实";
    const p = read(text);
    expect(p.projectType).toBe("氧化铝");
    expect(p.additionalTypes).toEqual(["电解铝"]);
    expect(p.electrolysisSupporting).toBe("done");
    expect(failing(text)).toEqual(["3.3"]);
    expect(statusOf(text, "3.2-special-demonstration")).toBe("pass");
  });

  it("does not chain a type named only as an input or a neighbour", () => {
    expect(read("新建铝型材项目，铝液由园区电解铝厂供应").additionalTypes).toBeUndefined();
    expect(read("新建铝型材项目，铝液由园区电解铝厂供应").projectType).toBe("铝精深加工");
    const own = read("铝箔+铝板带项目");
    expect(own.projectType).toBe("铝精深加工");
    expect(own.additionalTypes).toBeUndefined();
  });

  it("a rule applies when any part of the integrated project is of its type", () => {
    const e = evaluateProfile({ projectType: "氧化铝", additionalTypes: ["电解铝"], action: "新建", quotaAnnounced: false }, knowledge);
    expect(e.findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("fail");
    const alone = evaluateProfile({ projectType: "氧化铝", action: "新建", quotaAnnounced: false }, knowledge);
    expect(alone.findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("not_applicable");
  });
});

describe("report heading", () => {
  it("names every part of an integrated project", () => {
    expect(check("氧化铝和电解铝一体化项目").projectType).toBe("氧化铝+电解铝");
    expect(check("新建铝箔项目").projectType).toBe("铝精深加工");
  });
});
