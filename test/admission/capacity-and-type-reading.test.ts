import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { detectProjectTypes, extractProfile } from "../../src/admission/extract-profile.js";
import type { ProjectProfile } from "../../src/admission/profile-schema.js";
import { segmentState } from "../../src/admission/read-fact-state.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);
const judge = (p: ProjectProfile) => buildReport(p, knowledge);
const check = (t: string) => judge(read(t));
const failing = (t: string) => [...new Set(check(t).findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();

describe("project type from products inside longer words and from the project's input", () => {
  it("finds a product named inside a longer lexicon word (赤泥陶粒)", () => {
    const p = read("清镇经开区一个赤泥陶粒厂");
    expect(p.projectType).toBe("铝基非金属材料");
    expect(p.products).toContain("陶粒");
    expect(check("清镇经开区一个赤泥陶粒厂").cluster?.clauseId).toBe("2.3");
  });

  it("reads red-mud utilisation businesses as the 铝基非金属材料 cluster, however the product is named", () => {
    for (const text of ["赤泥制砖项目", "务川搞个赤泥建材厂", "以赤泥为原料生产陶瓷砖", "利用赤泥生产路基材料", "从赤泥中回收镓", "年产50吨金属镓项目"]) {
      expect(detectProjectTypes(text), text).toEqual(["铝基非金属材料"]);
      // No site is named: the product's cluster is the 二 finding's clause; the report names no arrangement.
      expect(check(text).findings.find((f) => f.ruleId === "2-cluster-fit")?.clauseId, text).toBe("2.3");
      expect(check(`清镇经开区${text}`).cluster?.clauseId, text).toBe("2.3");
    }
  });

  it("lets the input name the project only when nothing else does", () => {
    expect(detectProjectTypes("回收废铝熔炼成铸造铝合金")).toEqual(["再生铝"]);
    // The refinery's red mud as an ingredient of a named product: the product decides.
    expect(detectProjectTypes("用氧化铝厂的赤泥做陶粒")).toEqual(["铝基非金属材料"]);
    // An alumina plant that deals with its own red mud stays an alumina plant.
    expect(detectProjectTypes("新建氧化铝，配套处理赤泥")).toEqual(["氧化铝"]);
  });

  it("does not take a type named only in a clause about a supplier as the project", () => {
    expect(detectProjectTypes("依托园区已经投产的电解铝，新建铝杆项目")).toEqual(["铝精深加工"]);
    expect(detectProjectTypes("新建电解铝，铝液就近供应给园区铝箔厂")).toEqual(["电解铝"]);
  });

  it("does not look for the project type inside a product's own name (氧化铝 in 氧化铝陶瓷)", () => {
    expect(detectProjectTypes("新建氧化铝陶瓷基板项目")).not.toContain("氧化铝");
  });
});

describe("capacity added under the name of an upgrade (电流强化、增容)", () => {
  it("reads raised output as added capacity", () => {
    for (const text of [
      "电解铝技改，电流强化，没有指标",
      "电解槽增容改造",
      "产能从25万吨提到30万吨",
      "产量由二十万吨提高至二十四万吨",
      "多出来的三万吨没有指标",
    ]) {
      expect(read(text).addsCapacity, text).toBe(true);
    }
  });

  it("keeps an upgrade that says its capacity stays the same", () => {
    for (const text of ["电流强化改造，产能不变", "换成四百二十千安的槽，总产量维持原来的水平", "一吨产能都不加"]) {
      expect(read(text).addsCapacity, text).toBe(false);
    }
    // "一吨产能都不加" is not a capacity of one tonne.
    expect(read("电解铝技改，一吨产能都不加").capacity ?? null).toBeNull();
  });

  it("fails 三（三） for a capacity-raising 技改 without quota and says why", () => {
    const text = "说是节能改造，其实是把电流加大，多出来两万吨产能，也没做置换";
    expect(failing(text)).toEqual(["3.3"]);
    const finding = check(text).findings.find((f) => f.ruleId === "3.3-capacity-quota");
    expect(finding?.message).toContain("不因名为技改而例外");
  });
});

describe("no-capacity upgrades and stated quotas are not left asking", () => {
  it("settles the unstated energy level by a passed 节能审查, and still asks without it", () => {
    const approved = check("电解铝厂把槽子换成500kA，产能不变，技改的节能审查和环评都批了");
    expect(approved.overall).toBe("compliant");
    expect(approved.findings.find((f) => f.ruleId === "5-energy-baseline")?.status).toBe("pass");
    const withoutReview = check("电解铝厂把槽子换成500kA，产能不变，环评批了");
    expect(withoutReview.findings.find((f) => f.ruleId === "5-energy-baseline")?.status).toBe("needs_info");
    // A stated level still decides: below the baseline fails even with the review passed.
    expect(failing("电解铝厂技改，产能不变，节能审查批了，能效在基准水平以下")).toContain("5");
  });

  it("reads 手续都齐 as done for the reviews listed with it", () => {
    const p = read("技改备案、能评环评手续都齐");
    expect(p.assessments?.energyReview).toBe("done");
    expect(p.assessments?.environmentalImpact).toBe("done");
  });

  it("applies 三（三） to a smelter whose description states its quota even without a construction verb", () => {
    const report = check("兴仁电解铝项目20万吨，指标从外省买的，置换方案已经公告，环评能评水评都批了");
    expect(report.findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("pass");
    expect(report.overall).toBe("compliant");
    expect(check("兴仁电解铝项目20万吨，没有指标").findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("fail");
  });
});

describe("三（二） bauxite: buying the ore is not having it", () => {
  it("reads a plan to buy or import the ore as no own resource", () => {
    expect(segmentState("矿石打算全部靠外购和进口", { not_done: ["外购", "进口"] })).toBe("not_done");
    for (const text of ["没有自己的铝土矿，矿石打算全部外购", "铝土矿全部从几内亚进口", "矿石准备从省外买"]) {
      expect(read(`新建氧化铝，${text}`).bauxiteMatched, text).toBe("not_done");
      expect(failing(`新建氧化铝，专项论证通过了，环评能评都批了，${text}`), text).toEqual(["3.2"]);
    }
  });

  it("states the clause's exception when it fails", () => {
    const f = check("扩建氧化铝，专项论证做了，没有配套矿山，准备外购矿石").findings.find((x) => x.ruleId === "3.2-bauxite");
    expect(f?.status).toBe("fail");
    expect(f?.exception).toBeTruthy();
  });

  it("keeps an ore source still being negotiated before construction a question", () => {
    expect(check("扩建氧化铝，专项论证做了，环评能评批了，配套矿山还在谈，没开工").findings.find((x) => x.ruleId === "3.2-bauxite")?.status).toBe("needs_info");
  });
});

describe("building first skips every procedure it names", () => {
  it("reads 先把…建起来 and its variants as building first", () => {
    for (const text of ["先把厂房和槽子建起来", "准备先把车间盖起来再说", "先将生产线装好"]) {
      expect(read(text).buildsBeforeApproval, text).toBe(true);
    }
    for (const text of ["原先建成的老厂", "采用先进的生产线，已建成"]) {
      expect(read(text).buildsBeforeApproval ?? false, text).toBe(false);
    }
  });

  it("fails both the type's own clause and 五（三） when both procedures are skipped", () => {
    expect(failing("兴仁新建电解铝，指标谈好了但置换方案没公告，环评也没批，先把厂房建起来，手续后面再补")).toEqual(["3.3", "5.3"]);
    expect(failing("新建氧化铝，专项论证还没做，环评也没批，打算先把厂区建好再说")).toEqual(["3.2", "5.3"]);
  });

  it("keeps guidance advice, never a breach, for small cells on an otherwise complete new smelter", () => {
    const report = check("新建电解铝，三百五十千安的槽，指标和置换公告都落实了，能评环评水评都批了，能效标杆水平");
    expect(report.overall).toBe("compliant");
    expect(report.findings.find((f) => f.ruleId === "3.3-cell-current")?.status).toBe("advice");
  });
});
