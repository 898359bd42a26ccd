import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../src/lexicon/lexicon.js";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { createQueryAnalyzer } from "../../src/understanding/create-query-analyzer.js";
import { decideScope } from "../../src/understanding/decide-scope.js";
import { findAskedDetails, statesDetail } from "../../src/understanding/asked-detail.js";
import { askedUnitClass } from "../../src/retrieval/analysis/figure-question.js";
import { foldText } from "../../src/text/fold-text.js";
import { DEFAULT_TUNING } from "../../src/tuning/tuning.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

/** A small lexicon of our own: the decision is about how questions ask, not about the shipped entries. */
const corpus = loadTestCorpus();
const lexicon = buildLexicon([
  {
    section: "t",
    concepts: [
      { id: "alumina", kind: "project-type", label: "氧化铝", terms: ["氧化铝"] },
      { id: "red-mud", kind: "material", label: "赤泥", terms: ["赤泥"] },
      { id: "sme", kind: "topic", label: "专精特新", terms: ["专精特新"] },
      { id: "eia", kind: "instrument", label: "环评", terms: ["环境影响评价"], variants: ["环评"] },
      { id: "vat", kind: "instrument", label: "即征即退", terms: ["增值税即征即退"], variants: ["即征即退"] },
      { id: "recycled", kind: "project-type", label: "再生铝", terms: ["再生铝"] },
      { id: "price-risk", kind: "topic", label: "价格风险", terms: ["价格风险"], variants: ["扛风险"] },
      { id: "metal-price", kind: "uncovered", label: "金属价格", variants: ["铝价"], near: ["price-risk"], notCovered: "文件没有谈铝价。" },
      { id: "weather", kind: "uncovered", label: "天气", variants: ["天气"], notCovered: "文件不谈天气。" },
      { id: "recipients", kind: "document", label: "主送单位", terms: ["省有关部门和单位"], english: ["addressed to"] },
      { id: "this-document", kind: "document", label: "本文件", whole: true, terms: ["指导意见"], variants: ["这份文件"] },
      { id: "outline", kind: "document", label: "文件结构", variants: ["主要内容"] },
      { id: "county", kind: "department", label: "市县政府", terms: ["各市县人民政府"], variants: ["县政府", "市县"] },
    ],
  },
]);
const analyzer = createQueryAnalyzer({ lexicon, phrasing: defaultPhrasing(), clauses: corpus.clauses });
const judged = (confidence: number, figureMismatch = false) => ({
  confidence,
  outOfScope: confidence < DEFAULT_TUNING.scope.threshold,
  signals: { coverage: confidence, unknown: [], figureMismatch, procedureMismatch: false },
});
const clause = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;
const decide = (q: string, id: string, confidence = 0.9, figureMismatch = false) => decideScope(analyzer.analyze(q), judged(confidence, figureMismatch), clause(id), DEFAULT_TUNING.scope);

describe("the detail a question asks for", () => {
  it("reads criteria, forms, durations, distances and where to go from the asking words", () => {
    expect(findAskedDetails(foldText("小巨人企业怎么认定，评选条件有哪些"))).toEqual(["criteria"]);
    expect(findAskedDetails(foldText("退税要准备什么材料，去哪个窗口交"))).toEqual(["forms", "window"]);
    expect(findAskedDetails(foldText("批下来大概多长时间"))).toEqual(["duration"]);
    expect(findAskedDetails(foldText("堆场跟村子要隔多远"))).toEqual(["distance"]);
    expect(findAskedDetails(foldText("氧化铝有什么要求"))).toEqual([]);
  });

  it("knows when a sentence gives it: a requirement word, a deadline, a distance", () => {
    expect(statesDetail("criteria", foldText("新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源。"))).toBe(true);
    expect(statesDetail("criteria", foldText("培育打造一批铝产业“专精特新”企业。"))).toBe(false);
    expect(statesDetail("duration", foldText("到2027年，再生铝产量占比达到20%。"))).toBe(true);
    // A year in a title is no time by which anything happens.
    expect(statesDetail("duration", foldText("用好《西部地区鼓励类产业目录（2020年本）》政策红利。"))).toBe(false);
    expect(statesDetail("distance", foldText("堆场距居民区不少于500米。"))).toBe(true);
  });
});

describe("scope: details the sentences on the topic do not give", () => {
  it("answers in part, saying which detail is missing, when the topic's sentences lack it", () => {
    expect(decide("专精特新企业要满足什么条件才能评上", "3.5")).toMatchObject({ scope: "partial", reason: "detail-not-stated", notCovered: ["文件没有给出具体的认定标准或条件。"] });
    expect(decide("做环评一般要多长时间", "5.3")).toMatchObject({ scope: "partial", notCovered: ["文件没有给出具体的时间或期限。"] });
    expect(decide("赤泥堆场离村子要多远", "5.2")).toMatchObject({ scope: "partial", notCovered: ["文件没有给出具体的距离要求。"] });
    expect(decide("办即征即退要准备什么材料", "6.2").notCovered).toContain("文件没有列出需要准备的材料或表格。");
  });

  it("answers in full when those sentences do give it (the document's conditions, its target years)", () => {
    expect(decide("新上氧化铝项目有啥门槛", "3.2").scope).toBe("full");
    expect(decide("再生铝占比要多久达到目标", "3").scope).toBe("full");
  });

  it("reads a figure offered for confirmation as the figure asked for", () => {
    expect(askedUnitClass(foldText("即征即退是退70%还是50%"))).toBe("percent");
    expect(askedUnitClass(foldText("加计扣除是百分之一百吗"))).toBe("percent");
    expect(askedUnitClass(foldText("再生铝占比达到20%"))).toBeNull(); // a statement, not a question about it
    expect(decide("再生铝的即征即退是退70%还是50%", "6.2", 0.3, true)).toMatchObject({ scope: "partial", reason: "figure-not-stated", notCovered: ["文件没有给出具体比例。"] });
  });
});

describe("scope: subjects named next to an uncovered topic, and facts of the notice", () => {
  it("answers in part when the question also asks for the document's side of an uncovered topic", () => {
    expect(decide("铝价起起落落，政策上有啥办法帮企业扛风险", "3.5", 0.2)).toMatchObject({ scope: "partial", notCovered: ["文件没有谈铝价。"] });
    expect(decide("明年铝价怎么走", "3.5", 0.9).scope).toBe("none");
    // Named in one phrase with it, the covered word only says whose price is asked.
    expect(decide("价格风险里的铝价是多少", "3.5", 0.9).scope).toBe("none");
  });

  it("takes a fact the notice states in its own words as what is asked, not the document as a whole", () => {
    expect(decide("Who is this notice addressed to?", "0", 0).scope).toBe("full");
    expect(decide("帮我写个周报，主要内容是上周开了三个会", "0", 0.1).scope).toBe("none");
    expect(decide("这份文件写得怎么样", "0", 0.1).scope).toBe("none");
  });

  it("answers what a named department must do, in any form of question", () => {
    expect(decide("县政府是不是每条都要落实", "0", 0.1).scope).toBe("full");
    expect(decide("天气好的时候县政府上班吗", "0", 0.1).scope).toBe("none");
  });
});
