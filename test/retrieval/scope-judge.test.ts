import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { decideScope } from "../../src/understanding/decide-scope.js";
import { DEFAULT_TUNING } from "../../src/tuning/tuning.js";
import { describe, expect, it } from "vitest";
import { expandShortYears } from "../../src/retrieval/analysis/expand-short-years.js";
import { askedUnitClass } from "../../src/retrieval/analysis/figure-question.js";
import { foldText } from "../../src/text/fold-text.js";
import { createScopeJudge } from "../../src/retrieval/scope/judge-scope.js";
import { isProcedureMismatch } from "../../src/retrieval/scope/procedure-question.js";
import { straddlesCorpusWords } from "../../src/retrieval/scope/straddles-corpus-words.js";
import { classifyWordRole } from "../../src/retrieval/scope/word-role.js";
import { realAnalyzer, realCorpus } from "./retrieval-fixtures.js";

describe("word roles", () => {
  it("lets nouns, places, figures and abbreviations name things, and verbs/adverbs/particles only phrase", () => {
    for (const tag of ["n", "ns", "nt", "nz", "nr", "j", "num", "syn"]) expect(classifyWordRole(tag)).toBe("name");
    for (const tag of ["v", "vn", "d", "a", "ad", "f", "r", "u", "c", "l", "i", "zg", "b"]) expect(classifyWordRole(tag)).toBe("phrasing");
    expect(classifyWordRole("eng")).toBe("weakName");
  });
});

describe("two-digit years", () => {
  it("expands policy years but leaves durations alone", () => {
    expect(expandShortYears("到27年要多少")).toBe("到2027年要多少");
    expect(expandShortYears("30年以来")).toBe("30年以来");
    expect(expandShortYears("10年")).toBe("10年");
    expect(expandShortYears("2027年")).toBe("2027年");
  });
});

describe("asked figure class", () => {
  it("reads colloquial magnitudes and per-year units", () => {
    expect(askedUnitClass(foldText("投资要多少个亿"))).toBe("money");
    expect(askedUnitClass(foldText("营收能到几亿"))).toBe("money");
    expect(askedUnitClass(foldText("储量有多少亿吨"))).toBe("mass");
    expect(askedUnitClass(foldText("产量做到多少万吨一年"))).toBe("mass");
  });

  it("does not read 哪几个 (which) as asking for a count", () => {
    expect(askedUnitClass(foldText("项目放在哪几个园区"))).toBeNull();
    expect(askedUnitClass(foldText("要建几个基地"))).toBe("count");
  });

  it("reads a question for a day as asking for a duration/date figure", () => {
    expect(askedUnitClass(foldText("报名截止是哪天"))).toBe("duration");
  });
});

describe("scope judgement of colloquial phrasing", () => {
  const c = realCorpus();
  const judge = createScopeJudge(c.clauses, realAnalyzer());
  const top = (id: string) => c.clauses.find((x) => x.clauseId === id)!;

  it("ignores an unknown verb or filler in both the penalty and the coverage", () => {
    const plain = judge.judge("废铝回收的项目可以放到哪些经开区", top("3.4"), false);
    const chatty = judge.judge("废铝回收的项目的话可以给弄到哪些经开区", top("3.4"), false);
    expect(chatty.outOfScope).toBe(false);
    expect(chatty.confidence).toBeGreaterThanOrEqual(plain.confidence - 0.05);
  });

  it("still refuses when an unknown place or thing is named", () => {
    const v = judge.judge("四川那边电解铝产能置换的话怎么弄", top("3.3"), false);
    expect(v.signals.unknown).toContain("四川");
    expect(v.outOfScope).toBe(true);
    const futures = judge.judge("氧化铝期货最近行情", top("3.2"), false);
    expect(futures.outOfScope).toBe(true);
  });

  it("counts a one-character noun the corpus never uses as unknown (another material)", () => {
    const v = judge.judge("贵州锰产业发展目标", top("1.2"), false);
    expect(v.signals.unknown).toContain("锰");
  });

  it("treats a two-digit year the corpus states as known and one it never states as unknown", () => {
    expect(judge.judge("27年产值目标", top("1.2"), false).signals.unknown).toEqual([]);
    expect(judge.judge("31年产值目标", top("1.2"), false).signals.unknown).toContain("2031年");
  });

  it("answers English whose concepts the lexicon knows, refuses English it does not (the decision, not the lexical judge)", () => {
    const analyzer = createDefaultQueryAnalyzer(realCorpus().clauses);
    const decide = (q: string) => {
      const judged = judge.judge(q, top("6.2"), false);
      return decideScope(analyzer.analyze(q), judged, top("6.2"), DEFAULT_TUNING.scope).scope;
    };
    expect(decide("recycled aluminium tax incentives zebra")).toBe("full");
    expect(decide("zebra giraffe aluminium")).toBe("none");
  });
});

describe("segmentation artefacts", () => {
  it("recognises a word cut across two corpus words", () => {
        const corpus = "发展风电和光伏";
    expect(straddlesCorpusWords("电光", "风电光伏能用吗", corpus)).toBe(true);
    expect(straddlesCorpusWords("电光", "电光能用吗", corpus)).toBe(false);
    expect(straddlesCorpusWords("钢铁", "风钢铁伏", corpus)).toBe(false);
  });

  it("penalises an unknown figure once even when both the segmenter and the number reader see it", () => {
    const c = realCorpus();
    const judge = createScopeJudge(c.clauses, realAnalyzer());
    // 300ka is a lexicon form (below the 400KA line); 250ka is a figure nothing knows.
    const v = judge.judge("250ka的电解槽要淘汰吗", c.clauses.find((x) => x.clauseId === "3.3")!, false);
    expect(v.signals.unknown.filter((w) => w === "250ka")).toHaveLength(1);
  });
});

describe("procedure questions", () => {
  it("refuses a request for forms or an application procedure the clause does not describe", () => {
    const c = realCorpus();
    const judge = createScopeJudge(c.clauses, realAnalyzer());
    const clause = c.clauses.find((x) => x.clauseId === "6.3")!;
    const forms = judge.judge("申请专项资金要交哪些材料", clause, false);
    expect(forms.signals.procedureMismatch).toBe(true);
    expect(forms.outOfScope).toBe(true);
    // Asking whether something may be applied for is a question about the policy, not a procedure.
    expect(judge.judge("首批次保险补偿能申请吗", clause, false).signals.procedureMismatch).toBe(false);
  });

  it("accepts a procedure question when the clause itself names the procedure", () => {
        expect(isProcedureMismatch("项目要填什么表", "企业须提交申请表格")).toBe(false);
    expect(isProcedureMismatch("项目要填什么表", "支持企业发展")).toBe(true);
    expect(isProcedureMismatch("项目有什么要求", "支持企业发展")).toBe(false);
  });
});
