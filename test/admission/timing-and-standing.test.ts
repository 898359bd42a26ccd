import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { judgeCondition, judgeProcedure } from "../../src/admission/fact-state.js";
import { continueCheck, startCheck } from "../../src/admission/fit-check.js";
import { normalizeProfile } from "../../src/admission/profile-schema.js";
import { factState, replyStates, saysBuildsFirst, segmentState } from "../../src/admission/read-fact-state.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);
const check = (t: string) => buildReport(read(t), knowledge);
const finding = (t: string, ruleId: string) => check(t).findings.find((f) => f.ruleId === ruleId);
const failing = (t: string) => [...new Set(check(t).findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();

describe("work promised before construction (scheduled)", () => {
  it.each([
    ["开工前办齐", "scheduled"],
    ["保证动工之前全部拿到批复", "scheduled"],
    ["开建以前都会办好", "scheduled"],
    ["will be done before construction starts", "scheduled"],
    // A deadline without a completion, or a negated one, promises nothing.
    ["开工前还没办", "not_yet"],
    ["开工前办不完", "not_done"],
  ] as const)("%s → %s", (text, state) => {
    expect(segmentState(text)).toBe(state);
  });

  it("a clause naming no fact puts the fact just named on a timetable, up to the end of the sentence", () => {
    expect(factState("环评在走流程，保证开工前拿到批复", ["环评"])).toBe("scheduled");
    expect(factState("环评没做，打算投产以后再补", ["环评"])).toBe("postponed");
    // A clause about another fact, or a new sentence, says nothing about this one.
    const speaksOfAny = (s: { text: string }) => /环评|能评/.test(s.text);
    expect(factState("环评在办，能评开工前办完", ["环评"], {}, speaksOfAny)).toBe("in_progress");
    expect(factState("环评在办。开工前办完", ["环评"])).toBe("in_progress");
    // Something already done stays done.
    expect(factState("环评批了，开工前把别的也办完", ["环评"])).toBe("done");
    // A timing about something other than paperwork is not the fact's timing.
    expect(factState("环评还没做，厂房后面再建", ["环评"])).toBe("not_yet");
    expect(factState("环评在办，开工前把设备采购到位", ["环评"])).toBe("in_progress");
  });

  it("is met on that condition before construction, and a breach once the project is built or being built", () => {
    const before = { buildsFirst: false, existing: false };
    expect(judgeProcedure("scheduled", before)).toBe("scheduled");
    expect(judgeCondition("scheduled", before)).toBe("scheduled");
    expect(judgeProcedure("scheduled", { buildsFirst: true, existing: false })).toBe("breach");
    expect(judgeCondition("scheduled", { buildsFirst: false, existing: true })).toBe("breach");
  });

  it("passes 五（三）with the work on the before-construction list; in progress alone still waits", () => {
    const promised = check("遵义和平经开区新建铝板带项目，环评、能评、水资源论证都在编报告，动工前全部批下来");
    expect(promised.overall).toBe("compliant");
    expect(promised.findings.find((f) => f.ruleId === "5.3-assessments")?.status).toBe("pass");
    expect(promised.beforeConstruction?.some((t) => t.includes("〔五（三）〕"))).toBe(true);
    expect(check("遵义和平经开区新建铝板带项目，环评、能评、水资源论证都在编报告").overall).toBe("needs_info");
  });

  it("reads a short reply's timing piece as part of the piece before it", () => {
    expect(replyStates("在办，开工前办完")).toEqual(["scheduled"]);
    expect(replyStates("没做，投产后再补")).toEqual(["postponed"]);
    expect(replyStates("有，没有")).toEqual(["done", "not_done"]);
    const first = startCheck("水城经开区新建铝制电力线缆项目", knowledge);
    expect(first.nextQuestions.join("")).toContain("〔五（三）〕");
    const step = continueCheck(first.state, "都在办，开工前全部办完", knowledge);
    expect(step.state.profile.assessments?.environmentalImpact).toBe("scheduled");
    expect(step.report.overall).toBe("compliant");
  });

  it("passes 三（三）when the rest of the 批建手续 is promised before construction", () => {
    const r = check("电解铝搬迁到兴仁经开区，产能不增加，置换方案已公告，规划用地等批建手续在走，开工前办齐，三评都批了，500kA槽");
    expect(finding("电解铝搬迁到兴仁经开区，产能不增加，置换方案已公告，规划用地等批建手续在走，开工前办齐，三评都批了，500kA槽", "3.3-capacity-quota")?.status).toBe("pass");
    expect(r.beforeConstruction?.some((t) => t.includes("〔三（三）〕"))).toBe(true);
  });
});

describe("said unclear vs not mentioned", () => {
  it("normalizes an unmentioned state to null and keeps an explicit 不清楚 as unknown", () => {
    const p = normalizeProfile(read("铝箔项目，环评批了，能评不清楚"));
    expect(p.assessments).toEqual({ energyReview: "unknown", environmentalImpact: "done", waterResources: null });
    expect(p.quotaAnnounced).toBeNull();
  });

  it("五（三）asks about an approval said to be unclear, and only reminds of one a list of approvals leaves out", () => {
    const unclear = check("炉碧经开区做耐火材料，环评批了，能评和水资源论证说不好");
    expect(unclear.overall).toBe("needs_info");
    expect(unclear.questions.some((q) => q.includes("〔五（三）〕") && q.includes("节能审查"))).toBe(true);
    const listed = check("炉碧经开区做耐火材料，环评、能评都批了");
    expect(listed.findings.find((f) => f.ruleId === "5.3-assessments")?.status).toBe("pass");
  });

  it("五（三）asks about the rest when a new build names a single approval (all are required)", () => {
    expect(check("炉碧经开区做耐火材料，环评批了").findings.find((f) => f.ruleId === "5.3-assessments")?.status).toBe("pass");
    const single = check("炉碧经开区新建一个耐火材料厂，环评批了");
    const finding = single.findings.find((f) => f.ruleId === "5.3-assessments");
    expect(finding?.status).toBe("needs_info");
    expect(single.questions.some((q) => q.includes("〔五（三）〕") && q.includes("节能审查") && q.includes("水资源论证"))).toBe(true);
  });
});

describe("a project that stands or is being built", () => {
  it("reads 跑 said of the plant as running, not 跑 said of the paperwork", () => {
    expect(read("型材厂的生产线已经跑了大半年").operating).toBe(true);
    expect(read("铝箔项目，设备都跑起来了").operating).toBe(true);
    expect(read("铝箔项目，手续还在跑").operating).toBeUndefined();
  });

  it("fails 五（三）for a running plant that says an assessment was not done", () => {
    expect(failing("六盘水的铝合金轮毂厂，生产线一直在跑，节水评价没做过，环评有")).toEqual(["5.3"]);
  });

  it("reads site work as construction begun: 打桩、地基在挖、正在施工 (not 施工图)", () => {
    expect(saysBuildsFirst("现场已经开始打桩")).toBe(true);
    expect(saysBuildsFirst("地基已经在挖了")).toBe(true);
    expect(saysBuildsFirst("项目正在施工")).toBe(true);
    expect(saysBuildsFirst("土建已经完成七成")).toBe(true);
    expect(saysBuildsFirst("施工图正在设计")).toBe(false);
    expect(saysBuildsFirst("准备下个月开始打桩")).toBe(false);
    expect(saysBuildsFirst("土建开始前把环评办完")).toBe(false);
    expect(saysBuildsFirst("明年开始施工")).toBe(false);
    expect(saysBuildsFirst("正在施工图设计")).toBe(false);
  });

  it("fails an alumina expansion whose site work began before the special demonstration", () => {
    expect(failing("遵义氧化铝厂扩建四十万吨，专项论证没做，新系列已经在打地基了，自有矿山够用")).toEqual(["3.2"]);
  });
});

describe("an expired mining licence is none", () => {
  it("counts an expired licence only once renewed", () => {
    expect(read("铝土矿，采矿许可证前年到期，续期还没办").miningRight).toBe("无证");
    expect(read("铝土矿，采矿证到期后已经办好延续").miningRight).toBe("采矿许可证");
    // An expiry still ahead says the licence is held now.
    expect(read("铝土矿，采矿证明年到期").miningRight).toBe("采矿许可证");
    expect(read("铝土矿，采矿许可证快过期了").miningRight).toBe("采矿许可证");
    expect(read("铝土矿，采矿证过期了，延续在办，目前停采").miningRight).toBe("办理中");
    // Taking ore out while the renewal is under way is mining without one.
    expect(read("铝土矿，采矿证过期了，延续在办，矿山还在照常出矿").miningRight).toBe("无证");
  });

  it("fails 三（一）for a mine still extracting on an expired licence", () => {
    expect(failing("务川的铝土矿采矿权已经失效一年，没有去续证，现在仍在开采")).toContain("3.1");
  });
});

describe("a breach every aluminium project would commit is judged before the type is known", () => {
  it("fails 五（三）for a producing project of unclear type that lacks an assessment, and still asks the type", () => {
    const r = check("我们的项目投产快三年了，节能审查一直没有做，环评是有的");
    expect(r.overall).toBe("non_compliant");
    expect(r.findings.find((f) => f.ruleId === "5.3-assessments")?.status).toBe("fail");
    expect(r.questions.some((q) => q.includes("项目属于"))).toBe(true);
  });

  it("does not fail what only some types require, or work still ahead", () => {
    expect(check("项目还没开工，节能审查没办").overall).toBe("needs_info");
    expect(check("我们想建个厂，指标还没有").overall).toBe("needs_info");
  });
});

describe("an energy or water facility built at an aluminium plant", () => {
  it("is a retrofit of the plant that adds no capacity", () => {
    for (const text of ["毕节的电解铝厂想在厂区建一套储能电站，能评环评水评都批了", "清镇氧化铝厂配套上余热发电，环评、能评都已批复"]) {
      const p = read(text);
      expect(p.action, text).toBe("技改");
      expect(p.addsCapacity, text).toBe(false);
    }
    const r = check("毕节的电解铝厂想在厂区建一套储能电站，能评环评水评都批了");
    expect(r.overall).toBe("compliant");
    expect(r.findings.find((f) => f.ruleId === "3.3-capacity-quota")?.status).toBe("pass");
  });

  it("does not make a new plant with such a facility a retrofit", () => {
    expect(read("新建电解铝厂，同时配套建分布式光伏").action).toBe("新建");
  });
});
