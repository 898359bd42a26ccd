import { describe, expect, it } from "vitest";
import { procedureGapSentence, procedureQuotes, statesStep } from "../../src/answer/procedure-answer.js";
import { buildCitation } from "../../src/answer/build-citation.js";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { createOfflineAnswerKit } from "../helpers/offline-answer-kit.js";

const { corpus, analyzer, clause, answer, expectGrounded } = createOfflineAnswerKit();

describe("procedure answers", () => {
  it("steps of building a project: the project's own steps, the assessments every project goes through, and what is not given", async () => {
    const d = await answer("新建电解铝项目要办哪些手续");
    expectGrounded(d);
    const ids = d.citations.map((c) => c.clauseId);
    expect(ids[0]).toBe("3.3");
    expect(d.answer).toContain("产能置换方案");
    // The assessments sentence is found by the lexicon (项目评估审查's narrower concepts), wherever it is.
    const assessments = d.citations.find((c) => c.quote.includes("环境影响评价") && c.quote.includes("节能评估审查"));
    expect(assessments?.clauseId).toBe("5.3");
    // Encouraging mergers is no step of building a smelter.
    expect(d.citations.some((c) => c.quote.includes("兼并重组"))).toBe(false);
    // One closing sentence on what the document does not give; not a partial answer (it gave the steps).
    expect(d.answer.trim().split("\n").at(-1)).toMatch(/^文件写的是.*没有给出.*申报材料或表格/);
    expect(d.notCovered ?? []).toEqual([]);
  });

  it("conditions only (有啥门槛): the project type's clause, no assessments sentence and no closing gap sentence", async () => {
    const d = await answer("新上氧化铝项目有啥门槛");
    expectGrounded(d);
    expect(d.citations[0]?.clauseId).toBe("3.2");
    expect(d.citations.some((c) => c.clauseId === "5.3")).toBe(false);
    expect(d.answer).not.toContain("没有给出申报材料");
  });

  it("stages of a programme (分几步走) are no administrative procedure: no gap sentence", async () => {
    const d = await answer("企业智能化改造分几步走");
    expect(d.answer).toContain("机器换人");
    expect(d.answer).not.toContain("申报材料");
  });
});

describe("procedure-answer helpers", () => {
  it("a step sentence states a condition or an act of applying; a target or an encouragement does not", () => {
    expect(statesStep("新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源。")).toBe(true);
    expect(statesStep("鼓励电解铝企业实施跨区域、跨所有制兼并重组。")).toBe(false);
    expect(statesStep("到2027年，力争全省氧化铝就地转化率达70%以上。")).toBe(false);
  });

  it("the gap sentence names only what the cited clauses do not state (三（三） says 按程序, so no missing steps guide)", () => {
    const c = buildCitation(clause("3.3"), "严格执行国家产业政策，严禁违规新增电解铝产能。")!;
    const s = procedureGapSentence([c], corpus.clauses);
    expect(s).toContain("申报材料或表格");
    expect(s).toContain("办理时限");
    expect(s).not.toContain("办理窗口");
  });

  it("without a lexicon (conditions asked) no sentence from another clause is added", () => {
    const first = buildCitation(clause("3.2"), "新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源。")!;
    const kinds = analyzer.analyze("新建氧化铝项目").specific;
    expect(procedureQuotes([first], kinds, corpus.clauses, undefined).map((c) => c.clauseId)).toEqual(["3.2"]);
    expect(procedureQuotes([first], kinds, corpus.clauses, defaultLexicon()).map((c) => c.clauseId)).toEqual(["3.2", "5.3"]);
  });
});
