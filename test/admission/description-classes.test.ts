import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { detectProjectTypes, extractProfile } from "../../src/admission/extract-profile.js";
import { factState, segmentState } from "../../src/admission/read-fact-state.js";
import { STATE_WORDS } from "../../src/admission/state-words.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

// Classes found reading project descriptions written by outsiders (probe 9, used-blind sets 5–7).
const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);
const check = (t: string) => buildReport(read(t), knowledge);
const status = (t: string, ruleId: string) => check(t).findings.find((f) => f.ruleId === ruleId)?.status;

/** One word per state that a description would use of an approval. */
const SAID: Record<string, string> = {
  done: "已经批了", scheduled: "会在开工前办完", in_progress: "正在办", planned: "打算下个月报", not_yet: "还没做",
  not_done: "没有做", refused: "不打算做", postponed: "后面再补", unknown: "不清楚",
};

describe("state words", () => {
  it("办结 says done, as 办完 does", () => {
    expect(STATE_WORDS.words.done).toContain("办结");
    expect(segmentState("能评、环评、水资源论证全部办结")).toBe("done");
    expect(read("清镇新建氯化铝项目，能评、环评、水资源论证、节水评价全部办结").assessments).toEqual({
      energyReview: "done", environmentalImpact: "done", waterResources: "done",
    });
  });

  it.each(["过审了", "都审结了"])("%s says done", (said) => {
    expect(segmentState(`节能审查、环评都${said}`)).toBe("done");
    expect(segmentState(`环评还没${said.replace(/^都/, "")}`)).not.toBe("done");
  });

  it.each(["in_progress", "planned"] as const)("a deadline before construction on the same fact covers work %s", (state) => {
    // 水资源论证 and 节水评价 are one fact; a later clause promising it before construction is the later word.
    const text = `水资源论证${SAID[state]}，节水评价保证开工前做完`;
    expect(factState(text, ["水资源论证", "节水评价"])).toBe("scheduled");
    // Without the deadline the work stays under way.
    expect(factState(`水资源论证${SAID[state]}`, ["水资源论证", "节水评价"])).toBe(state);
  });

  it.each(["refused", "postponed"] as const)("a deadline does not turn %s into a promise", (state) => {
    expect(factState(`水资源论证${SAID[state]}，节水评价保证开工前做完`, ["水资源论证", "节水评价"])).toBe(state);
  });
});

describe("an expansion whose new part already runs was built first", () => {
  const ahead = (said: string) => `安顺的铝型材厂扩产2万吨，扩建部分已经投产了，节能审查${said}，环评批了`;
  it.each(Object.entries(SAID))("节能审查 %s", (state, said) => {
    expect(read(ahead(said)).buildsBeforeApproval).toBe(true);
    // Only approvals in hand pass; anything else is missing from a line that already produces.
    const expected = state === "done" ? "pass" : state === "unknown" ? "needs_info" : "fail";
    expect(status(ahead(said), "5.3-assessments")).toBe(expected);
  });

  it("a new part still ahead, or the old plant running, is no building first", () => {
    expect(read("安顺的铝型材厂扩产2万吨，扩建部分打算明年投产，节能审查正在办").buildsBeforeApproval).not.toBe(true);
    expect(read("安顺的铝型材厂已经投产多年，这次扩产2万吨，节能审查正在办").buildsBeforeApproval).not.toBe(true);
    expect(status("安顺的铝型材厂扩产2万吨，扩建部分打算明年投产，节能审查正在办，环评批了", "5.3-assessments")).toBe("needs_info");
  });
});

describe("project parts and the plant named beside the project", () => {
  it.each(["准备", "打算", "计划", "同时"])("%s配一条…电解铝生产线 adds a smelter part", (cue) => {
    expect(detectProjectTypes(`清镇新建铝合金轮毂项目，${cue}配一条10万吨的电解铝生产线`)).toEqual(["铝精深加工", "电解铝"]);
  });

  it.each(Object.entries({ not_done: "fail", refused: "fail", not_yet: "fail", postponed: "fail", in_progress: "needs_info", planned: "needs_info" }))(
    "the smelter part's quota %s → 〔三（三）〕 %s",
    (state, expected) => {
      const text = `清镇新建铝合金轮毂项目，准备配一条10万吨的电解铝生产线，这部分产能指标${SAID[state]}`;
      expect(status(text, "3.3-capacity-quota")).toBe(expected);
    },
  );

  it("the smelter part with its quota and announced plan passes 〔三（三）〕", () => {
    expect(status("清镇新建铝合金轮毂项目，准备配一条10万吨的电解铝生产线，产能指标已落实，置换方案已公告", "3.3-capacity-quota")).toBe("pass");
  });

  it.each(["不打算配", "不准备配", "没打算配"])("%s电解铝 adds no part", (cue) => {
    expect(detectProjectTypes(`铜仁新建铝箔项目，${cue}电解铝`)).toEqual(["铝精深加工"]);
  });

  it.each(["旁边", "附近", "隔壁", "边上"])("电解铝厂%s新上铝杆线: the smelter is a landmark", (where) => {
    expect(detectProjectTypes(`在兴仁经开区电解铝厂${where}新上一条铝杆和电力线缆生产线`)).toEqual(["铝精深加工"]);
  });

  it("收购 a plant names the plant bought, not a mine; 收购铝土矿 is still mining", () => {
    expect(detectProjectTypes("拟收购一家现有的电解铝厂")).toEqual(["电解铝"]);
    expect(detectProjectTypes("打算收购一家已经在产的氧化铝厂")).toEqual(["氧化铝"]);
    expect(detectProjectTypes("准备收购附近两个铝土矿")).toEqual(["铝土矿开采"]);
  });

  it("不改造 is no upgrade: a plant bought as it stands is an existing plant", () => {
    const p = read("拟收购一家现有的电解铝厂，不扩产也不改造，只是换股东");
    expect(p.action).toBe("现有");
    expect(p.addsCapacity).toBe(false);
    expect(read("现有电解铝厂把槽子全部改造成500kA的，产能不变").action).toBe("技改");
  });
});

describe("approval areas sharing one head noun", () => {
  it.each(["用地、安全、环保、能效等审批均已完成", "环保、能耗手续都办齐了"])("%s names 环评 and 节能审查", (said) => {
    const p = read(`正安新建氧化铝50万吨，${said}`);
    expect(p.assessments?.environmentalImpact).toBe("done");
    expect(p.assessments?.energyReview).toBe("done");
  });

  it("环保 or 能效 on their own are no approval", () => {
    const p = read("正安新建氧化铝50万吨，能效达到标杆水平，环保设施齐全");
    expect(p.assessments?.energyReview ?? null).toBeNull();
    expect(p.assessments?.environmentalImpact ?? null).toBeNull();
  });
});

describe("bauxite by any of its lexicon names", () => {
  it.each(["弄个铝矾土矿", "开个小铝矿", "挖铝土矿", "承包一座铝矾土矿"])("%s is a mine", (said) => {
    expect(detectProjectTypes(`我们公司想在正安县${said}`)).toEqual(["铝土矿开采"]);
  });

  it("铝矾土 as a raw material is no mine", () => {
    expect(detectProjectTypes("用铝矾土做陶粒，在务川")).toEqual(["铝基非金属材料"]);
  });

  it("弄个 proposes a new project", () => {
    expect(read("我们公司想在正安县弄个铝矾土矿，采矿证有了").action).toBe("新建");
  });
});

describe("an idle plant restarting, and what it still holds", () => {
  it.each(["还在", "一直在", "都还在", "还在手上"])("指标%s says the quota is held", (said) => {
    expect(segmentState(`产能指标${said}`)).toBe("done");
  });

  it.each([["还在申请", "in_progress"], ["还在办", "in_progress"], ["还在不在不清楚", "unknown"]] as const)("指标%s → %s", (said, state) => {
    expect(segmentState(`产能指标${said}`)).toBe(state);
  });

  it.each(["复产", "恢复生产", "重新投产"])("%s with no new capacity is existing capacity, not an upgrade", (said) => {
    const p = read(`停产的电解铝厂打算${said}，指标还在，不新增产能`);
    expect(p.action).toBe("现有");
    expect(p.quotaAnnounced).toBe("done");
  });
});

describe("negation scope", () => {
  it.each(["不光环评批了，能评水评也批了", "环评能评水评一个不落都批了", "环评能评水评无一例外全部批复", "不但能评批了，环评水评也批了"])("%s: every approval done", (said) => {
    expect(read(`新建铝箔，${said}`).assessments).toEqual({ energyReview: "done", environmentalImpact: "done", waterResources: "done" });
  });

  it.each(["不存在先建后批", "不会边建边办", "杜绝未批先建", "绝不先开工"])("%s denies building first", (said) => {
    expect(read(`新建铝箔，环评能评水评都批了，${said}`).buildsBeforeApproval).not.toBe(true);
  });

  it.each(["先建起来再说", "环评没做就开工了", "边建边办"])("%s still builds first", (said) => {
    expect(read(`新建铝箔，${said}`).buildsBeforeApproval).toBe(true);
  });

  it("除了水评，…都批了: the excepted approval is not yet done, the rest are", () => {
    expect(read("新建铝箔，除了水评，环评能评都批了").assessments).toEqual({ energyReview: "done", environmentalImpact: "done", waterResources: "not_yet" });
    expect(check("新建铝箔，除了水评，环评能评都批了").overall).toBe("needs_info");
  });
});

describe("an energy or water facility at a standing plant", () => {
  it.each(["屋顶上加装分布式光伏加储能", "上一套余热发电", "搞中水回用改造", "建设光伏储能一体化项目"])("电解铝厂%s: a 技改 adding no capacity", (said) => {
    const p = read(`现有电解铝厂${said}，环评批了`);
    expect(p).toMatchObject({ projectType: "电解铝", action: "技改", addsCapacity: false, energyFacility: true });
    // The facility is itself a saving: the plant's energy level is not asked about.
    expect(status(`现有电解铝厂${said}，环评批了`, "5-energy-baseline")).toBe("pass");
  });

  it("a new smelter with a PV plant is still a new smelter, asked its energy level", () => {
    const text = "新建电解铝厂，同时配套建分布式光伏，指标已公告";
    expect(read(text)).toMatchObject({ action: "新建" });
    expect(read(text).energyFacility ?? null).toBeNull();
    expect(status(text, "5-energy-baseline")).toBe("needs_info");
  });

  it.each(["填报了", "备案了"])("环评登记表%s says done", (said) => {
    expect(segmentState(`环评登记表也${said}`)).toBe("done");
  });
});

describe("a type named as the customer of the product", () => {
  it.each([["新建电解铝用预焙阳极项目", ["其他"]], ["清镇新建预焙阳极（碳素）项目，主要供省内电解铝厂", ["其他"]], ["新建氧化铝用石灰项目", []]] as const)(
    "%s → %j",
    (text, types) => {
      expect(detectProjectTypes(text)).toEqual(types);
    },
  );

  it.each(["新建电解铝用500kA槽", "新建电解铝，用500kA的槽", "新建电解铝项目，保障供电"])("%s is still a smelter", (text) => {
    expect(detectProjectTypes(text)).toEqual(["电解铝"]);
  });

  it("铝粉 and 铝银浆 are downstream products", () => {
    expect(detectProjectTypes("新建铝粉项目")).toEqual(["铝精深加工"]);
    expect(detectProjectTypes("新建铝银浆项目")).toEqual(["铝精深加工"]);
  });
});

describe("English descriptions of the facts", () => {
  it("special demonstration, own bauxite with matching reserves and the benchmark level are read", () => {
    const p = read("New 200kt/yr alumina refinery: special demonstration done, own bauxite mine with matching reserves, energy benchmark level");
    expect(p).toMatchObject({ specialDemonstration: "done", bauxiteMatched: "done", energyLevel: "标杆水平" });
  });

  it.each([["below benchmark", "基准水平以下"], ["below the baseline", "基准水平以下"], ["above the baseline", "基准水平以上"], ["benchmark level", "标杆水平"]] as const)(
    "energy level %s → %s",
    (said, level) => {
      expect(read(`new smelter, energy level ${said}`).energyLevel).toBe(level);
    },
  );

  it("own bauxite not enough is no matching ore", () => {
    expect(read("new alumina refinery, own bauxite not enough").bauxiteMatched).toBe("not_done");
  });
});
