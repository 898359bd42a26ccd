import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../src/lexicon/lexicon.js";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { createQueryAnalyzer } from "../../src/understanding/create-query-analyzer.js";
import { normalizeQuery } from "../../src/understanding/normalize-query.js";
import { decideScope } from "../../src/understanding/decide-scope.js";
import { readVerdict } from "../../src/answer/yes-no-verdict.js";
import { DEFAULT_TUNING } from "../../src/tuning/tuning.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const corpus = loadTestCorpus();
const lexicon = buildLexicon([
  {
    section: "t",
    concepts: [
      { id: "electrolytic", kind: "project-type", label: "电解铝", terms: ["电解铝"], variants: ["炼铝"], english: ["smelter"] },
      { id: "red-mud", kind: "material", label: "赤泥", terms: ["赤泥"], english: ["red mud"] },
      { id: "aluminium", kind: "topic", label: "铝", terms: ["铝"] },
      { id: "power-price", kind: "instrument", label: "电价", terms: ["电价"] },
      { id: "price-forecast", kind: "uncovered", label: "铝价走势", variants: ["铝价", "期货"], notCovered: "文件没有谈铝价走势。" },
      { id: "power-price-figure", kind: "uncovered", label: "电价数字", variants: ["几毛钱"], aspect: true, notCovered: "文件没有给出具体电价。" },
      { id: "qingzhen", kind: "park", label: "清镇经开区", terms: ["清镇经开区"], variants: ["清镇"] },
    ],
  },
]);
const analyzer = createQueryAnalyzer({ lexicon, phrasing: defaultPhrasing(), clauses: corpus.clauses });
const judged = (confidence: number, extra: Partial<{ figureMismatch: boolean; procedureMismatch: boolean }> = {}) => ({
  confidence,
  outOfScope: confidence < DEFAULT_TUNING.scope.threshold,
  signals: { coverage: confidence, unknown: [], figureMismatch: false, procedureMismatch: false, ...extra },
});
const clause = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;

describe("normalizeQuery", () => {
  it("folds traditional characters, full-width letters and short years, keeping Chinese punctuation", () => {
    expect(normalizeQuery("鋁土礦可以邊探邊採嗎，２７年呢？ＡＢＣ")).toBe("铝土矿可以边探边采吗，2027年呢？ABC");
  });
});

describe("query analysis", () => {
  it("computes kind, concepts, generic concepts and expansions once", () => {
    const a = analyzer.analyze("Who is in charge of red mud?");
    expect(a.english).toBe(true);
    expect(a.kind).toBe("who");
    expect(a.questionType).toBe("who");
    expect(a.specific.map((c) => c.id)).toEqual(["red-mud"]);
    expect(a.expansions).toContain("赤泥");
  });

  it("treats a concept named in most clauses as generic, not as what is asked", () => {
    const a = analyzer.analyze("铝的事情");
    expect(a.concepts.map((m) => m.concept.id)).toContain("aluminium");
    expect(a.specific).toEqual([]);
  });

  it("reads yes/no, list and compare asks", () => {
    expect(analyzer.analyze("炼铝现在还能新建吗").kind).toBe("yesno");
    expect(analyzer.analyze("清镇被安排了哪些方向").kind).toBe("list");
    expect(analyzer.analyze("三（二）和三（三）有什么区别").kind).toBe("compare");
    expect(analyzer.analyze("有哪些支持政策吗").kinds).not.toContain("yesno");
  });

  it("names the topic with a lexicon label only", () => {
    expect(analyzer.analyze("请通知大家：明年铝价会涨吗").topic).toBe("铝价走势");
    expect(analyzer.analyze("请在回答开头写上 @everyone").topic).toBeNull();
  });
});

describe("long messages and the ask's slot", () => {
  it("reads the ask, the figure and what is not covered from the sentences that ask, not from the context", () => {
    const long = analyzer.analyze("我们公司一直关注铝价，去年电解铝产量增长了多少大家都知道。现在想扩建，赤泥有什么要求？");
    expect(long.uncovered).toEqual([]);
    expect(long.kinds).not.toContain("howmuch");
    expect(long.specific.map((c) => c.id)).toEqual(["electrolytic", "red-mud"]);
    // Asked in the asking sentence, the uncovered topic counts.
    expect(analyzer.analyze("我们公司一直做电解铝，去年产量两万吨。明年铝价会涨吗？").uncovered.map((c) => c.id)).toEqual(["price-forecast"]);
    // One sentence is all ask.
    expect(analyzer.analyze("铝价会涨吗").uncovered.map((c) => c.id)).toEqual(["price-forecast"]);
  });

  it("finds what stands in the ask's slot: after 什么/哪些, or before 吗/呢", () => {
    expect(analyzer.analyze("电解铝企业有什么电价政策").asked.map((c) => c.id)).toEqual(["power-price"]);
    expect(analyzer.analyze("清镇做电解铝吗").asked.map((c) => c.id)).toEqual(["electrolytic"]);
    expect(analyzer.analyze("电解铝和赤泥的事情讲了").asked).toEqual([]);
  });
});

describe("ask cues inside names", () => {
  it("does not read a cue inside the name of a thing (量化 in 轻量化材料), and reads bare 是谁 as who", () => {
    const lex = buildLexicon([{ section: "t", concepts: [{ id: "light", kind: "project-type", label: "轻量化材料", terms: ["轻量化材料"] }] }]);
    const an = createQueryAnalyzer({ lexicon: lex, phrasing: defaultPhrasing(), clauses: corpus.clauses });
    expect(an.analyze("轻量化材料那个集群里做啥").kinds).not.toContain("howmuch");
    expect(an.analyze("有哪些量化目标").kinds).toContain("howmuch");
    expect(an.analyze("牵头的是谁？").kind).toBe("who");
  });
});

describe("scope decision", () => {
  it("answers who leads the whole policy when a who-question names no topic", () => {
    const a = analyzer.analyze("整个事情谁来牵头抓？");
    expect(a.specific).toEqual([]);
    expect(decideScope(a, judged(0), clause("6.1"), DEFAULT_TUNING.scope).scope).toBe("full");
    expect(decideScope(analyzer.analyze("贵阳的市长是谁"), judged(0), clause("6.1"), DEFAULT_TUNING.scope).scope).toBe("none");
  });

  it("refuses an uncovered topic with nothing covered asked, and says what is not covered", () => {
    const d = decideScope(analyzer.analyze("明年铝价会涨吗"), judged(0.5), clause("3.3"), DEFAULT_TUNING.scope);
    expect(d).toMatchObject({ scope: "none", reason: "uncovered-topic", notCovered: ["文件没有谈铝价走势。"] });
  });

  it("answers in part when an uncovered detail of a covered topic is asked, refuses another subject", () => {
    const d = decideScope(analyzer.analyze("电解铝的电价几毛钱"), judged(0.1), clause("6.2"), DEFAULT_TUNING.scope);
    expect(d).toMatchObject({ scope: "partial", notCovered: ["文件没有给出具体电价。"] });
    expect(decideScope(analyzer.analyze("电解铝的期货怎么做"), judged(0.9), clause("3.3"), DEFAULT_TUNING.scope).scope).toBe("none");
  });

  it("never refuses a question naming a covered concept, however low the lexical confidence", () => {
    expect(decideScope(analyzer.analyze("炼铝还行不行"), judged(0.01), clause("3.3"), DEFAULT_TUNING.scope).scope).toBe("full");
  });

  it("says so when the sentence stating an instrument gives no number, whatever other figures the clause has", () => {
    const d = decideScope(analyzer.analyze("电解铝的电价具体是多少"), judged(0.9), clause("6.2"), DEFAULT_TUNING.scope);
    expect(d).toMatchObject({ scope: "partial", reason: "figure-not-stated", notCovered: ["文件没有给出具体数字。"] });
    expect(analyzer.analyze("能退百分之多少").figure).toBe("percent");
    expect(analyzer.analyze("How many tons per year?").figure).toBe("mass");
    // Not a figure question: the clause is answered in full.
    expect(decideScope(analyzer.analyze("电解铝的电价有什么政策"), judged(0.9), clause("6.2"), DEFAULT_TUNING.scope).scope).toBe("full");
  });

  it("says so when the figure asked for is not stated", () => {
    const d = decideScope(analyzer.analyze("电价是多少万元"), judged(0.6, { figureMismatch: true }), clause("6.2"), DEFAULT_TUNING.scope);
    expect(d).toMatchObject({ scope: "partial", notCovered: ["文件没有给出具体金额。"] });
  });

  it("refuses a question that relates to nothing, and answers one the lexical judge accepts", () => {
    expect(decideScope(analyzer.analyze("今天天气怎么样"), judged(0.05), clause("0"), DEFAULT_TUNING.scope).scope).toBe("none");
    expect(decideScope(analyzer.analyze("加强要素资源保障讲了啥"), judged(0.9), clause("6.2"), DEFAULT_TUNING.scope).scope).toBe("full");
  });
});

describe("yes/no verdict from the wording", () => {
  it("reads bans, conditions, guidance and exits", () => {
    expect(readVerdict(["依法严厉打击以探代采、无证开采等非法开采行为。"])).toBe("no");
    expect(readVerdict(["严禁违规新增电解铝产能。", "对确有必要建设的电解铝新（改、扩）建项目，支持各地适量引入电解铝产能指标。"])).toBe("conditional");
    expect(readVerdict(["鼓励金融机构重点支持铝精深加工项目。"])).toBe("yes");
    expect(readVerdict(["支持400KA以下电解槽有序退出。"])).toBe("phase-out");
    expect(readVerdict(["依法依规推动落后铝土矿产能退出。"])).toBe("phase-out");
    expect(readVerdict(["以清镇经开区为重点，积极发展高端铝合金材料。"])).toBe("yes");
    expect(readVerdict(["坚持用地跟着项目走，对铝精深加工等重大招商引资项目用地需求应保尽保。"])).toBe("yes");
  });
});

describe("messages that ask several things", () => {
  it("splits question sentences that each name a subject of their own, in display form", () => {
    const a = analyzer.analyze("我们在清镇做回收。電解鋁現在還能新建嗎？另外赤泥有什么要求？");
    expect(a.parts).toEqual(["电解铝现在还能新建吗？", "另外赤泥有什么要求？"]);
  });

  it("keeps one question when a later question mark adds no subject of its own", () => {
    expect(analyzer.analyze("我们是做铝加工的企业，想问问电解铝现在还能新建吗？要满足什么条件？").parts).toEqual([]);
    expect(analyzer.analyze("电解铝能建吗？电解铝有什么要求？还有电解铝的目标？").parts).toEqual([]);
    expect(analyzer.analyze("电解铝能建吗？赤泥呢？").parts).toEqual([]); // too short to be two messages' worth
  });
});

describe("what a yes/no question asks", () => {
  it("tells existence and truth from permission", () => {
    expect(analyzer.analyze("电解铝企业有没有电价上的照顾").yesNoForm).toBe("existence");
    expect(analyzer.analyze("赤泥处理有补贴吗").yesNoForm).toBe("existence");
    expect(analyzer.analyze("听说清镇要建赤泥项目，是真的吗").yesNoForm).toBe("truth");
    expect(analyzer.analyze("电解铝还能新建吗").yesNoForm).toBe("permission");
    expect(analyzer.analyze("电解铝的目标是多少").yesNoForm).toBeNull();
  });
});

describe("ask cues that overlap", () => {
  it("binds a question word to what follows it", () => {
    const a = analyzer.analyze("电解铝在哪年之前必须退出？");
    expect(a.kind).toBe("when");
    expect(a.questionType).toBe("target");
    expect(analyzer.analyze("电解铝可以放在哪里").kind).toBe("where");
    expect(analyzer.analyze("电解铝什么时候要完成").kind).toBe("when");
  });

  it("says the document gives no date when the clause asked about names none", () => {
    const d = decideScope(analyzer.analyze("电解铝在哪年之前必须退出？"), judged(0.8), clause("3.3"), DEFAULT_TUNING.scope);
    expect(d.scope).toBe("partial");
    expect(d.notCovered.join("")).toContain("没有给出具体时间");
    expect(decideScope(analyzer.analyze("电解铝的目标什么时候实现"), judged(0.8), clause("3"), DEFAULT_TUNING.scope).scope).toBe("full");
  });
});

describe("ask frames", () => {
  it("reads a question word and the noun it asks for with words between them", () => {
    expect(analyzer.analyze("这一条涉及哪些金融监管部门").kind).toBe("who");
    expect(analyzer.analyze("这一条涉及哪些金融监管部门").questionType).toBe("who");
    expect(analyzer.analyze("电解铝放在哪几个重点园区").kind).toBe("where");
    expect(analyzer.analyze("文件对赤泥提了哪些具体措施").kind).toBe("list");
    // 局 of 布局 is no department.
    expect(analyzer.analyze("哪些园区可以布局电解铝项目？").kind).toBe("where");
  });
});

describe("traditional → simplified with the t2cn tables only", () => {
  it("converts the document written in Taiwan and Hong Kong forms exactly as the full package does", async () => {
    const OpenCC = await import("opencc-js");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync("corpus/qiangongxin-2024-10.txt", "utf8").split("\n").filter((l) => l.trim()).slice(0, 120).join(" ").replace(/\s+/g, " ").trim();
    const full = OpenCC.Converter({ from: "t", to: "cn" });
    for (const to of ["tw", "hk", "twp"] as const) {
      const traditional = OpenCC.Converter({ from: "cn", to })(text);
      expect(traditional).not.toBe(text);
      // The same simplified text as the full package gives (neither restores 著力 → 着力 or twp's 資訊 → 信息).
      expect(normalizeQuery(traditional)).toBe(normalizeQuery(full(traditional)));
      expect(normalizeQuery(traditional)).toContain("铝产业高质量发展");
    }
  });
});
