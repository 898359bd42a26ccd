import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/** Answers that span clauses, through the real engine (offline). */
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());
let n = 0;
const ask = (text: string) => app.engine().handle({ text, conversationId: `agg-${n++}`, userId: "u", platform: "cli" });

describe("comparisons", () => {
  it("compares without a comparison word: two things joined and a choice word (哪个), or 还是", async () => {
    // Written from the policy text: 三（三） controls smelting capacity, 三（四） lays out recycling projects.
    const r = await ask("再生铝和电解铝哪个是要控制的");
    expect(new Set(r.citations.map((c) => c.clauseId))).toEqual(new Set(["3.3", "3.4"]));
    expect(r.answer).toContain("严禁违规新增电解铝产能");
    const s = await ask("新上项目选氧化铝还是电解铝");
    expect(new Set(s.citations.map((c) => c.clauseId))).toEqual(new Set(["3.2", "3.3"]));
  });

  it("in a long message, sides named in the background are looked up with what is asked, the province being neither side nor aspect", async () => {
    const r = await ask("我们公司在考虑来贵州投资建厂，氧化铝、电解铝两条路都在比较。想问一下，这两类新建项目文件里分别怎么要求，有什么不一样？");
    expect(new Set(r.citations.map((c) => c.clauseId))).toEqual(new Set(["3.2", "3.3"]));
    expect(r.answer).toContain("专项论证");
    expect(r.answer).toContain("产能置换方案");
  });

  it("compares two clusters on what is asked, not on the category both belong to", async () => {
    const r = await ask("轻量化材料那个集群和合金制品那个集群，重点园区有啥不一样？");
    expect(r.citations.map((c) => c.clauseId).sort()).toEqual(["2.1", "2.2"]);
    expect(r.answer).toContain("清镇经开区");
    expect(r.answer).toContain("水城经开区");
  });

  it("names each side's departments, lead first, when the comparison is about who", async () => {
    const r = await ask("智能矿山和企业数字化，负责部门有啥不同？");
    expect(new Set(r.citations.map((c) => c.clauseId))).toEqual(new Set(["4.1", "4.2"]));
    expect(r.answer).toMatch(/责任部门：[^；\n]*省应急厅/);
    expect(r.answer).toContain("列首位者为");
  });

  it("quotes each side's stance in full from its own clause, not only one sentence of it", async () => {
    // Phrasings written for this test: a side's conditions (产能置换方案, 铝土矿资源) sit in the sentence after its headline.
    const r = await ask("新建氧化铝厂和新建电解铝厂，政策上管得有什么不同？");
    const ids = new Set(r.citations.map((c) => c.clauseId));
    expect(ids).toEqual(new Set(["3.2", "3.3"]));
    expect(r.answer).toContain("严禁违规新增电解铝产能");
    expect(r.answer).toContain("产能置换方案");
    expect(r.answer).toContain("铝土矿资源");
  });

  it("compares two things of one kind on a third named with them, from the clause stating all three", async () => {
    const r = await ask("Alumina refining versus electrolytic aluminium: which low-carbon technologies does each get?");
    expect(r.answer).toContain("拜耳法");
    expect(r.answer).toContain("新型阴极结构");
    expect(r.citations.every((c) => c.clauseId === "5.4")).toBe(true);
  });

  it.each([
    ["原铝和氧化铝的就地转化率，到2027年相差多少？", ["95%", "70%"]],
    ["矿山数字化和智能工厂普及率各是多少？", ["50%", "40%"]],
    // A long message: the background (汇报材料, 园区) names nothing compared.
    ["我在准备一份园区的汇报材料，要写清楚省里的转化目标。铝液就地转化率和氧化铝就地转化率分别是多少？", ["95%", "70%"]],
  ])("quotes each side's figure when asked for each (%s)", async (text, figures) => {
    const r = await ask(text);
    expect(r.answer).toContain("对比");
    for (const f of figures) expect(r.answer).toContain(f);
  });

  it("quotes each side's figure when targets are compared", async () => {
    const r = await ask("铝液就地转化率和氧化铝就地转化率的目标哪个高？");
    expect(r.answer).toContain("95%");
    expect(r.answer).toContain("70%");
  });
});

describe("no topic, who leads", () => {
  it("answers who leads the whole policy from the clause that states a lead department", async () => {
    const r = await ask("整个事情谁来牵头抓？");
    expect(r.outOfScope).toBe(false);
    expect(r.citations[0]?.clauseId).toBe("6.1");
    expect(r.answer).toContain("省工业和信息化厅");
  });
});

describe("details the document does not give", () => {
  it("answers in part when the sentence stating an instrument gives no number", async () => {
    const r = await ask("再生铝增值税即征即退能退百分之多少？");
    expect(r.outOfScope).toBe(false);
    expect(r.notCovered?.[0]).toContain("具体比例");
    expect(r.citations.map((c) => c.clauseId)).toContain("6.2");
  });

  it("refuses or answers in part, never answers outright, for forms, households and beneficiaries", async () => {
    for (const q of ["申请专项资金的表格在哪下载？", "老百姓换铝合金门窗有补贴没？", "Which companies received funding under this policy last year?"]) {
      const r = await ask(q);
      expect(r.outOfScope || (r.notCovered?.length ?? 0) > 0).toBe(true);
    }
  });
});

describe("what a place is assigned", () => {
  it("quotes every sentence of a clause that names the place, counting clauses", async () => {
    const r = await ask("正安那边文件里给安排了啥？");
    expect(r.outOfScope).toBe(false);
    expect(r.answer).toContain("陶粒");
    const place = await ask("道真那边都安排了些啥");
    // 二（三） names 道真 twice: the 务川—正安—道真 resource area and the 道真铝基新材料产业园.
    expect(place.answer).toContain("道真铝基新材料产业园");
    expect(place.answer).toContain("务川—正安—道真");
    expect(place.answer).toMatch(/共有 1 处/);
  });

  it("does not treat the province the document is issued for as a place it assigns things to", async () => {
    const r = await ask("贵州都有啥");
    expect(r.answer).not.toMatch(/文件中点名贵州/);
  });
});

describe("asking whether something exists asks which", () => {
  it("answers 有没有…园区 with the parks, not a yes/no verdict", async () => {
    const r = await ask("想做汽车轮毂，省里有没有重点支持的园区？");
    expect(r.answer).toMatch(/点名的园区/);
    expect(r.answer).toContain("清镇经开区");
    expect(r.answer).not.toMatch(/^(?:有|可以)：/);
  });
});

describe("the document named as a whole", () => {
  it("does not pull an English question about a topic to the notice", async () => {
    const r = await ask("What does this policy say about red mud?");
    expect(r.citations[0]?.clauseId).toBe("5.2");
    expect(r.answer).toContain("赤泥");
  });

  it("answers when it was issued however the question is worded", async () => {
    for (const q of ["When was this aluminium policy issued?", "这份铝产业的意见是哪一天正式下发的？"]) {
      const r = await ask(q);
      expect(r.outOfScope).toBe(false);
      expect(r.answer).toContain("2024年1月31日");
    }
  });
});

describe("quoting what was asked", () => {
  it("adds every sentence of the answering clause that states the topic asked about", async () => {
    const r = await ask("开采铝土矿这块文件都有哪些规矩？");
    expect(r.citations.every((c) => c.clauseId === "3.1")).toBe(true);
    expect(r.answer).toContain("以探代采");
    expect(r.answer).toContain("富矿精开");
    expect(r.citations.length).toBeLessThanOrEqual(4);
  });
});

describe("lists across clauses", () => {
  it("lists the targets of the year asked about", async () => {
    const r = await ask("27年都定了哪些目标？");
    expect(r.answer).toMatch(/^文件提出的2027年量化目标/);
    expect(r.answer).toContain("800亿元以上");
    expect(r.answer).toContain("20%以上");
    // 2035 has no quantitative target: the ordinary answer quotes what the document says of it.
    const later = await ask("到2035年都定了哪些目标？");
    expect(later.answer).not.toMatch(/^文件提出的/);
    expect(later.citations.map((c) => c.clauseId)).toContain("1.2");
  });

  it("lists the clauses that mention one thing, where in the text and not where on the map", async () => {
    const r = await ask("文件里哪里提到了赤泥？");
    expect(r.answer).toMatch(/^文件中提到赤泥的共有 \d 处/);
    const cited = new Set(r.citations.map((c) => c.clauseId));
    expect(cited).toContain("3.2");
    expect(cited).toContain("5.2");
  });
});

describe("comparisons of named things on an aspect", () => {
  it("takes the things as sides and quotes each on the aspect asked", async () => {
    const r = await ask("氧化铝跟电解铝在规模上的说法有什么不一样？");
    expect(r.answer).toContain("基本稳定");
    expect(r.answer).toContain("合理适度");
  });

  it("quotes each side's figure when targets are compared, in English too", async () => {
    const r = await ask("How do the local conversion targets for alumina and primary aluminium differ?");
    expect(r.answer).toContain("70%以上");
    expect(r.answer).toContain("95%以上");
  });
});

describe("a department's duties", () => {
  it("narrows to the part named, and reads pinyin initials of the department", async () => {
    const r = await ask("fgw在第三部分都牵头哪些条？");
    expect(r.answer).toMatch(/^省发展改革委在第三部分中共列入 \d 条/);
    expect(r.citations.every((c) => c.clauseId.startsWith("3"))).toBe(true);
    const all = await ask("yjt参与了哪些条款");
    expect(all.answer).toMatch(/^省应急厅在文件中共列入/);
  });

  it("does not list duties when a department's phone number is asked", async () => {
    const r = await ask("工信厅负责铝产业的处室电话是多少？");
    expect(r.answer).not.toMatch(/共列入/);
    expect(r.answer).toContain("电话");
  });
});
