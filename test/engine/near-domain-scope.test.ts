import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/**
 * Near-domain questions the document does not answer, by class (real lexicon, offline): each is refused
 * or answered in part with what the document does not say — never answered as if covered; and the
 * covered questions next to them still get a full answer. Phrasings are our own, not the eval sets'.
 */
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());
let n = 0;
const ask = (text: string) => app.engine().handle({ text, conversationId: `nd-${n++}`, userId: "u", platform: "cli" });
const handled = (r: { outOfScope: boolean; notCovered?: string[] }) => r.outOfScope || (r.notCovered?.length ?? 0) > 0;

describe("near-domain questions the document does not answer", () => {
  it("one firm's fate (某家企业) is news, not policy", async () => {
    for (const q of ["听说六盘水那家铝厂要被收购了，是真的吗？", "某家企业是不是要破产重组了", "隔壁那家氧化铝厂会不会关停"]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("carbon-market allowances, in English and Chinese", async () => {
    for (const q of ["How are carbon allowances allocated to aluminium plants?", "电解铝企业的碳排放权配额分配怎么算？", "Is there a free emission allowance for smelters?"]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("what a mining right costs", async () => {
    for (const q of ["矿权出让收益按什么标准收？", "拿一个铝土矿采矿权要交多少权益金"]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("a target's figure the document does not give, though the clause gives another one", async () => {
    const r = await ask("到2027年赤泥综合利用要达到百分之几？");
    expect(r.answer).toContain("文件没有给出具体比例");
  });

  it("a how-much question of a topic the clause gives no number for", async () => {
    const r = await ask("铝土矿资源开采集中度要提升到多高？");
    expect(handled(r)).toBe(true);
    expect(r.outOfScope).toBe(false);
  });

  it("another province in a comparison is not quoted as a side", async () => {
    for (const q of ["广西的再生铝政策和贵州比有什么不同？", "内蒙古电解铝电价跟贵州相比哪个低"]) {
      const r = await ask(q);
      expect(handled(r), q).toBe(true);
      expect(r.answer, q).not.toMatch(/^对比/);
    }
  });

  it("the contents of a list the document only names", async () => {
    for (const q of ["能把省级重点项目名单的完整名单发给我吗", "今年入选省重点项目的铝企业名单公布了没有"]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("today's statistics of a park, even inside a project description", async () => {
    for (const q of [
      "我们准备在兴仁经开区投资一个铝型材项目，想先了解园区目前入驻了多少家铝企业？",
      "我们计划在遵义建铝箔厂，年产5万吨，园区工业用地价格多少钱一亩？",
    ]) {
      const r = await ask(q);
      expect(r.answer, q).not.toContain("项目准入检查");
      expect(handled(r), q).toBe(true);
    }
  });

  it("prices asked without the word 价格, and in English", async () => {
    for (const q of ["铝合金圆铸锭最近卖多少钱？", "氧化铝这阵子行情如何", "What's the current price of aluminum?"]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("contacts, national standards and firm counts asked in English", async () => {
    for (const q of [
      "Who do I call about the provincial special fund?",
      "How much energy per tonne does the national standard allow for a smelter?",
      "How many aluminium firms are there in Xingren?",
    ]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("amounts, materials, divisions and past figures in everyday words", async () => {
    for (const q of [
      "我们上智能化改造，省里补不补钱，大概给多少？",
      "申请研发平台支持需要带哪些东西过去？",
      "这个业务归发改委哪个处室管？",
      "投资促进局的办公地点在哪里？",
      "上一年全省氧化铝产量",
      "清镇经开区占地面积有多大？",
    ]) {
      expect(handled(await ask(q)), q).toBe(true);
    }
  });

  it("a stance question is answered, not checked as a project", async () => {
    for (const q of ["省里对我们投资再生铝项目是啥态度？", "政府对新建铝加工厂怎么看"]) {
      const r = await ask(q);
      expect(r.answer, q).not.toContain("项目准入检查");
      expect(r.outOfScope, q).toBe(false);
    }
  });
});

describe("covered questions next to them still get an answer", () => {
  it("a price worry with what the document does about it is not refused", async () => {
    const r = await ask("铝土矿价格涨得厉害，文件支持签长期供货协议吗？");
    expect(r.outOfScope).toBe(false);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it("targets the document states are answered in full", async () => {
    const share = await ask("氧化铝就地转化率到2027年要达到多少？");
    expect(share.notCovered ?? []).toEqual([]);
    expect(share.answer).toContain("70%");
    const benchmark = await ask("电解铝能效标杆水平以上产能比例要达到多少？");
    expect(benchmark.notCovered ?? []).toEqual([]);
    expect(benchmark.answer).toContain("70%");
    const processing = await ask("铝材加工能力到2027年要达到多少？");
    expect(processing.notCovered ?? []).toEqual([]);
  });

  it("a question about price support is not taken for a price question", async () => {
    const r = await ask("行情差的时候文件有什么帮企业抗风险的办法？");
    expect(r.outOfScope).toBe(false);
  });

  it("a merger question without a particular firm is answered", async () => {
    const r = await ask("文件支持电解铝企业兼并重组吗？");
    expect(r.outOfScope).toBe(false);
    expect(r.citations.map((c) => c.clauseId)).toContain("3.3");
  });

  it("a project description is still checked", async () => {
    const r = await ask("我们计划在清镇经开区新建年产10万吨再生铝项目，环评已批");
    expect(r.answer).toContain("项目准入检查");
  });
});
