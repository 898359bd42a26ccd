import { describe, expect, it } from "vitest";
import { readMessageShape } from "../../../src/answer/follow-up/message-shape.js";
import { foldText } from "../../../src/text/fold-text.js";
import { converse, createTestEngine } from "../../helpers/create-test-engine.js";
import { createFollowUpKit, history } from "../../helpers/follow-up-kit.js";

const { clauses, analyzer, rewrite } = createFollowUpKit();
const cited = (r: { citations: { clauseId: string }[] }) => [...new Set(r.citations.map((c) => c.clauseId))];
const quotes = (r: { citations: { quote: string }[] }) => r.citations.map((c) => foldText(c.quote));
// Clauses found by what they say, not by number.
const stating = (words: string) => clauses.find((c) => c.clauseId.includes(".") && c.text.includes(words))!;

describe("class 1: bare continuations re-ask the previous question for what was not shown", () => {
  it.each(["还有呢", "别的呢", "还有吗", "其他的呢", "还有别的吗", "and?", "What else?", "anything else?", "還有嗎"])("%s is a bare continuation", (text) => {
    const analysis = analyzer.analyze(text);
    expect(readMessageShape(analysis.text, analysis.concepts).bareContinuation).toBe(true);
  });

  it.each(["还有哪些园区", "那氧化铝呢", "还有别的研发支持吗", "其他部门呢", "what else is required for alumina?"])("%s names something and is not", (text) => {
    const analysis = analyzer.analyze(text);
    expect(readMessageShape(analysis.text, analysis.concepts).bareContinuation).toBe(false);
  });

  it("the previous standalone question is asked again, with every answer it already got", () => {
    const q = "再生铝有哪些支持政策？";
    const turns = history([q, "答一", ["6.3"]], [q, "答二", ["3.4"]]);
    const r = rewrite("还有呢", turns);
    expect(r.isFollowUp).toBe(true);
    expect(r.standalone).toBe(q);
    expect(r.shown).toEqual(["答一", "答二"]);
    // A different question before the run is not part of it.
    const other = rewrite("别的呢", history(["智能矿山鼓励用哪些装备？", "答零", ["4.1"]], [q, "答一", ["6.3"]]));
    expect(other.shown).toEqual(["答一"]);
  });

  it.each([
    ["再生铝有哪些支持政策？", "还有吗"],
    ["电解铝产能有什么控制要求？", "别的呢"],
    ["铝材加工能力到2027年要达到多少？", "还有呢"],
    ["電解鋁企業用電有什麼保障？", "還有嗎"],
  ])("%s → %s: answered, cited, and no quote of the first answer repeated", async (first, next) => {
    const { engine } = createTestEngine();
    const [a, b] = await converse(engine, `more-${first}`, first, next);
    expect(b!.outOfScope).toBe(false);
    expect(b!.citations.length).toBeGreaterThan(0);
    const before = new Set(quotes(a!));
    if (!b!.answer.includes("上面已基本列出")) for (const q of quotes(b!)) expect(before.has(q)).toBe(false);
  });

  it("a third continuation repeats neither earlier answer", async () => {
    const { engine } = createTestEngine();
    const [a, b, c] = await converse(engine, "more-3", "再生铝有哪些支持政策？", "还有呢", "其他的呢");
    const before = new Set([...quotes(a!), ...quotes(b!)]);
    expect(c!.outOfScope).toBe(false);
    if (!c!.answer.includes("上面已基本列出")) for (const q of quotes(c!)) expect(before.has(q)).toBe(false);
  });
});

describe("class 2: a pointer at words of the clauses just shown answers from those clauses", () => {
  const alumina = stating("与产能相匹配的铝土矿资源");
  const redMud = stating("稀贵金属");

  it("那个铝土矿资源的要求 after the alumina clause → that clause, not the bauxite-mining one", async () => {
    const { engine } = createTestEngine();
    const [a, b] = await converse(engine, "ptr-1", "新建氧化铝项目要满足什么条件？", "那个铝土矿资源的要求具体怎么说");
    expect(cited(a!)).toContain(alumina.clauseId);
    expect(cited(b!)).toEqual([alumina.clauseId]);
    expect(b!.answer).toContain("铝土矿资源");
  });

  it("上面说的稀贵金属 → the clause shown, its own words", () => {
    const r = rewrite("上面说的稀贵金属有哪些", history(["赤泥综合利用有哪些要求？", redMud.text, [redMud.clauseId]]));
    expect(r.within).toBe(true);
    expect(r.contextClauseIds).toEqual([redMud.clauseId]);
    expect(r.standalone).not.toContain("上面说的");
  });

  it("a pointer at the previous question's own subject (这种项目) is not a shown-clause reference", () => {
    const parks = stating("有序布局再生铝建设项目");
    const r = rewrite("金融上对这种项目支持不？", history(["再生铝项目可以布局在哪些园区？", parks.text, [parks.clauseId]]));
    expect(r.within).toBeUndefined();
    expect(r.standalone).toContain("再生铝");
  });

  it("words the shown clauses do not hold point at nothing shown", () => {
    const r = rewrite("那个申请表在哪下载", history(["新建氧化铝项目要满足什么条件？", alumina.text, [alumina.clauseId]]));
    expect(r.within).toBeUndefined();
  });
});

describe("class 3: 里面/其中 + thing narrows to what was shown", () => {
  const smelting = stating("严禁违规新增电解铝产能");
  const highPurity = stating("高纯氧化铝项目");

  it("里面有没有提到电解槽 → the smelting clause shown, not the low-carbon technology one", async () => {
    const { engine } = createTestEngine();
    const [, b] = await converse(engine, "in-1", "电解铝方面文件有哪些规定？", "里面有没有提到电解槽");
    expect(cited(b!)).toEqual([smelting.clauseId]);
    expect(b!.answer).toContain("电解槽");
  });

  it("里面提到遵义没有 → the high-purity alumina clause, naming 遵义", async () => {
    const { engine } = createTestEngine();
    const [, b] = await converse(engine, "in-2", "高纯氧化铝项目支持哪些开发区建设？", "里面提到遵义没有");
    expect(cited(b!)).toContain(highPurity.clauseId);
    expect(b!.answer).toContain("遵义");
  });

  it("其中哪些是鼓励的 → the sentences of the clause shown that encourage", async () => {
    const { engine } = createTestEngine();
    const [, b] = await converse(engine, "in-3", "电解铝方面文件有哪些规定？", "其中哪些是鼓励的");
    expect(cited(b!)[0]).toBe(smelting.clauseId);
    expect(b!.citations[0]!.quote).toContain("鼓励");
  });
});

describe("class 4: short turns keep the intent and swap the entity", () => {
  it("那氧化铝呢 after a who-question → the departments of the alumina clause", async () => {
    const { engine } = createTestEngine();
    const [a, b] = await converse(engine, "swap-1", "再生铝项目布局由哪些部门负责？", "那氧化铝呢");
    expect(a!.departments.length).toBeGreaterThan(0);
    const alumina = stating("审慎决策拟新建、扩建氧化铝项目");
    expect(cited(b!)).toEqual([alumina.clauseId]);
    expect(b!.departments[0]!.name).toBe(alumina.departments.find((d) => !d.implicit)!.name);
  });

  it("那在清镇能不能搞 after a clause naming 清镇 → answered from that clause, not wherever else 清镇 is named", async () => {
    const { engine } = createTestEngine();
    const nonMetal = stating("高纯氧化铝项目");
    const [, , c] = await converse(engine, "swap-3", "铝精深加工集群要培育哪几类？列一下", "第三个具体讲讲", "那在清镇能不能搞");
    expect(cited(c!)).toEqual([nonMetal.clauseId]);
    expect(c!.answer).toContain("清镇");
  });

  it("what about alumina? after an English where-question → the where-question about alumina", () => {
    const r = rewrite("what about alumina?", history(["Which parks are key for recycled aluminium projects?", "……", ["3.4"]]));
    const a = analyzer.analyze(r.standalone);
    expect(a.questionType).toBe("where");
    expect(a.specific.map((c) => c.id)).toContain("alumina-refining");
    expect(a.specific.map((c) => c.id)).not.toContain("recycled-aluminium");
  });

  it("what else? in English re-asks the English question", () => {
    const q = "Which parks are key for recycled aluminium projects?";
    const r = rewrite("what else?", history([q, "三（四）点名的园区……", ["3.4"]]));
    expect(r.standalone).toBe(q);
    expect(r.shown).toHaveLength(1);
  });

  it("a continuation between keeps the question's intent for the swap after it", () => {
    const q = "Which parks are key for recycled aluminium projects?";
    const r = rewrite("What about recycling bases for scrap aluminium?", history([q, "……", ["3.4"]], [q, "……", ["2.2"]]));
    expect(analyzer.analyze(r.standalone).questionType).toBe("where");
  });
});
