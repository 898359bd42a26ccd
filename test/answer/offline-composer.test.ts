import { describe, expect, it } from "vitest";
import { createOfflineAnswerer } from "../../src/answer/answerer.js";
import { composeOfflineAnswer } from "../../src/answer/compose-offline-answer.js";
import { extractPlaces } from "../../src/answer/extract-places.js";
import { classifyQuestion } from "../../src/answer/question-type.js";
import { createOfflineAnswerKit } from "../helpers/offline-answer-kit.js";

const { corpus, clause, answer, expectGrounded } = createOfflineAnswerKit();

describe("question types", () => {
  it.each([
    ["到2027年再生铝占比要达到多少？", "target"],
    ["哪些园区可以布局再生铝项目？", "where"],
    ["新建氧化铝项目有什么要求？", "rule"],
    ["再生铝项目由哪个部门牵头？", "who"],
    ["三（三）讲了什么？", "clause"],
    ["对再生铝企业有哪些税收优惠？", "support"],
    ["铝产业高质量发展的指导思想", "other"],
  ] as const)("%s → %s", (q, type) => {
    expect(classifyQuestion(q)).toBe(type);
  });
});

describe("offline composer, per question type", () => {
  it("target: the figure verbatim from the parsed target, first sentence, with its marker", async () => {
    const source = corpus.clauses.find((c) => c.targets.some((t) => t.metric.includes("再生铝")))!;
    const t = source.targets.find((x) => x.metric.includes("再生铝"))!;
    const d = await answer(`到${t.year}年再生铝占原铝供应量的比重要达到多少？`);
    const firstLine = d.answer.split("\n")[0]!;
    expect(firstLine).toContain(t.source);
    expect(firstLine).toContain(`〔${source.label}〕`);
    expect(d.citations.map((c) => c.clauseId)).toEqual([source.clauseId]);
    expectGrounded(d);
  });

  it("where: the parks the clause names, in order, then the sentence quoted", async () => {
    const d = await answer("哪些园区可以布局再生铝项目？");
    const c = d.citations[0]!;
    const places = extractPlaces(c.quote);
    expect(places.length).toBeGreaterThanOrEqual(3);
    expect(d.answer.split("\n")[0]).toContain(places.join("、"));
    expect(clause(c.clauseId).title).toContain("再生铝");
    expectGrounded(d);
  });

  it("who: the first-listed department as 列首位, never claimed as stated 牵头", async () => {
    const d = await answer("再生铝项目布局由哪些部门负责？");
    const k = clause(d.citations[0]!.clauseId);
    const explicit = k.departments.filter((x) => !x.implicit);
    expect(d.departments[0]).toEqual({ name: explicit[0]!.name, role: "lead" });
    expect(d.departments.filter((x) => x.role === "participant").map((x) => x.name)).toEqual(explicit.slice(1).map((x) => x.name));
    expect(d.answer).toContain(`列首位的是${explicit[0]!.name}`);
    expect(d.answer).toContain("未写“牵头”");
    expectGrounded(d);
  });

  it("who: where the text itself says who leads, the answer says so and quotes it", async () => {
    const stated = corpus.clauses.find((c) => c.departments.some((d) => c.text.includes(`${d.name}牵头`)))!;
    const d = await answer(`谁牵头${stated.title}？`);
    expect(d.citations[0]?.clauseId).toBe(stated.clauseId);
    expect(d.answer).toContain("写明由");
    expect(d.citations[0]!.quote).toContain("牵头");
  });

  it("rule: quotes the clause's requirement as written", async () => {
    const d = await answer("新建氧化铝项目有什么准入要求？");
    expect(d.citations[0]?.clauseId).toBe(corpus.clauses.find((c) => c.title.includes("氧化铝准入"))!.clauseId);
    expect(d.answer.startsWith("根据")).toBe(true);
    expectGrounded(d);
  });

  it("support: finds the incentive sentence (tax refund for 再生铝)", async () => {
    const d = await answer("再生铝企业有什么增值税优惠政策？");
    const holder = corpus.clauses.find((c) => c.text.includes("即征即退"))!;
    expect(d.citations.map((c) => c.clauseId)).toContain(holder.clauseId);
    expect(d.answer).toContain("即征即退");
    expectGrounded(d);
  });

  it("clause: a summary of the clause with its departments", async () => {
    const d = await answer("有序布局再生铝项目这一条讲了什么？");
    const k = clause(d.citations[0]!.clauseId);
    expect(d.answer).toContain(k.title);
    expect(d.answer).toContain("责任部门");
    expectGrounded(d);
  });

  it("out of scope: no citations, what the document covers, example questions", async () => {
    for (const q of ["今天天气怎么样？", "你好", "光伏组件的出口退税政策是什么？"]) {
      const d = await answer(q);
      expect(d.outOfScope, q).toBe(true);
      expect(d.citations).toEqual([]);
      expect(d.answer.startsWith("该文件未涉及")).toBe(true);
      expect(d.answer).toContain(corpus.documents[0]!.meta.title);
      expect(d.followUps.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("figures in every answer occur in a cited clause", async () => {
    for (const q of ["到2027年铝材加工能力要达到多少？", "智能工厂普及率目标是多少？", "电解铝企业能效标杆水平以上产能比例要达到多少？"]) {
      const d = await answer(q);
      const cited = d.citations.map((c) => clause(c.clauseId).text).join("");
      const body = d.answer.replace(/〔[^〕]*〕/g, "");
      for (const n of body.match(/\d+(?:\.\d+)?/g) ?? []) expect(cited, `${q}: ${n}`).toContain(n);
      expect(d.citations.length).toBeGreaterThan(0);
    }
  });
});

describe("out-of-scope replies point at the nearest clauses without citing them", () => {
  const overview = createOfflineAnswerer(corpus).overview;
  const retrieval = (confidence: number) => ({
    query: "q",
    hits: [{ clause: clause("3.3"), score: 1 }, { clause: clause("5.2"), score: 0.5 }],
    confidence,
    outOfScope: true,
  });

  it("names the nearest clauses by label and title and suggests asking about them", () => {
    const d = composeOfflineAnswer({ question: "外省的电解铝政策是什么", retrieval: retrieval(0.2) }, { overview, clauses: corpus.clauses });
    expect(d.outOfScope).toBe(true);
    expect(d.citations).toEqual([]);
    expect(d.answer).toContain("三（三）「合理控制电解铝产能」");
    expect(d.followUps[0]).toBe("三（三）讲了什么？");
  });

  it("offers no pointers when retrieval saw almost no relation", () => {
    const d = composeOfflineAnswer({ question: "明年铝价会涨吗", retrieval: retrieval(0.05) }, { overview, clauses: corpus.clauses });
    expect(d.answer).not.toContain("三（三）");
    expect(d.citations).toEqual([]);
  });
});
