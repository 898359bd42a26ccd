import { describe, expect, it } from "vitest";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

// The shipped lexicon and phrasing: these are the classes of phrasing people use, written from the policy
// text (not from evaluation questions).
const analyzer = createDefaultQueryAnalyzer(loadTestCorpus().clauses);

describe("procedure questions, however phrased", () => {
  it.each([
    "电解铝项目要办啥",
    "扩建氧化铝厂要走什么程序",
    "企业智能化改造分几步走",
    "新建再生铝项目要经过哪些环节",
    "What steps do we need to go through to build a new smelter?",
  ])("%s asks a procedure and its steps", (q) => {
    const a = analyzer.analyze(q);
    expect(a.kind).toBe("procedure");
    expect(a.asksSteps).toBe("steps");
  });

  it("a threshold or precondition asks the conditions, not the steps", () => {
    expect(analyzer.analyze("新上氧化铝项目有啥门槛").asksSteps).toBe("conditions");
    expect(analyzer.analyze("新建氧化铝项目要满足哪些前提").asksSteps).toBe("conditions");
  });

  it("asking what the document says of a thing asks no steps", () => {
    expect(analyzer.analyze("文件对赤泥怎么说的").asksSteps).toBeNull();
    expect(analyzer.analyze("电解铝有什么要求").asksSteps).toBeNull();
  });

  it("a procedure cue inside a what-question about a place does not make it one (要做哪些产业)", () => {
    expect(analyzer.analyze("炉碧经开区要做哪些产业").kind).not.toBe("procedure");
  });

  it("大概要… is colloquial for 'roughly', not the document's 概要 (summary)", () => {
    expect(analyzer.analyze("新建电解铝项目大概要走什么流程").specific.map((c) => c.kind)).not.toContain("document");
  });
});

describe("comparisons asked without a comparison word", () => {
  it.each([
    "再生铝和电解铝哪个是要控制的",
    "氧化铝就地转化率和原铝就地转化率哪个要求更高",
    "新上项目选氧化铝还是电解铝",
    "电解铝跟再生铝，文件更支持哪一个",
  ])("%s compares", (q) => {
    expect(analyzer.analyze(q).kind).toBe("compare");
  });

  it.each([
    ["是工信厅还是发改委牵头", "who"],
    ["电解铝和氧化铝有哪些支持政策", "list"],
    ["哪个园区可以布局再生铝项目", "where"],
  ] as const)("%s keeps its own ask (%s)", (q, kind) => {
    expect(analyzer.analyze(q).kind).toBe(kind);
  });
});

describe("polite requests wrapped around a question", () => {
  it("能帮忙…吗 asks for help; the question inside decides the ask", () => {
    expect(analyzer.analyze("能帮忙看下文件对这类项目是怎么要求的吗？").kind).toBe("procedure");
    expect(analyzer.analyze("能帮忙查下再生铝的目标吗").kind).not.toBe("yesno");
  });

  it("a yes/no question inside the request stays one", () => {
    expect(analyzer.analyze("可以帮我看看新建电解铝项目能不能批吗").kind).toBe("yesno");
  });
});
