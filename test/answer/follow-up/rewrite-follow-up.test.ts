import { describe, expect, it } from "vitest";
import { createFollowUpKit, history } from "../../helpers/follow-up-kit.js";

const { clauses, analyzer, rewrite } = createFollowUpKit();

const specificIds = (text: string) => analyzer.analyze(text).specific.map((c) => c.id);

describe("X呢 / what about X: the previous question about the new thing, aspect kept", () => {
  it.each([
    ["电解铝项目的能效要达到什么水平？", "那氧化铝呢？", "alumina-refining", "electrolytic-aluminium"],
    ["再生铝有哪些支持政策？", "电解铝那边呢", "electrolytic-aluminium", "recycled-aluminium"],
    ["用电方面有什么保障？", "用地方面呢？", "land", "power-supply"],
    ["铝土矿开采要满足哪些要求", "氧化铝呢", "alumina-refining", "bauxite-mining"],
  ])("%s → %s", (first, next, gained, lost) => {
    const r = rewrite(next, history([first, "……", ["3.3"]]));
    expect(r.isFollowUp).toBe(true);
    const ids = specificIds(r.standalone);
    expect(ids).toContain(gained);
    expect(ids).not.toContain(lost);
    // The rest of the previous question (its aspect) is still asked.
    const kept = specificIds(first).filter((id) => id !== lost);
    for (const id of kept) expect(ids).toContain(id);
    // A new subject brings its own clauses: the old ones are not forced ahead of retrieval.
    expect(r.contextClauseIds).toEqual([]);
  });

  it("English and traditional phrasings substitute the same way", () => {
    const en = rewrite("What about electrolytic aluminium?", history(["What support is there for recycled aluminium?", "……", ["6.3"]]));
    expect(specificIds(en.standalone)).toContain("electrolytic-aluminium");
    expect(specificIds(en.standalone)).not.toContain("recycled-aluminium");
    expect(en.standalone.toLowerCase()).toContain("support");
    const zhHant = rewrite("電解鋁呢？", history(["再生铝有哪些支持政策？", "……", ["6.3"]]));
    expect(zhHant.standalone).toContain("电解铝");
    expect(zhHant.standalone).toContain("支持政策");
  });

  it("a member of what was asked for is not put in the category's place (哪些园区 → what about 炉碧)", () => {
    const r = rewrite("炉碧经开区呢？", history(["铝箔可以布局在哪些园区", "二（二）点名的园区/地区有：遵义和平（苟江）经开区、清镇经开区、炉碧经开区〔二（二）〕。", ["2.2"]]));
    expect(r.standalone).toContain("炉碧经开区");
    expect(r.standalone).not.toMatch(/哪些炉碧/);
  });

  it("a new subject with its own aspect stands as it is (龙头企业的目标呢)", () => {
    const r = rewrite("龙头企业的目标呢？", history(["电解铝低碳技术有哪些", "……", ["5.4"]]));
    expect(specificIds(r.standalone)).toEqual(expect.arrayContaining(["leading-enterprise", "main-targets"]));
    expect(specificIds(r.standalone)).not.toContain("electrolytic-aluminium");
  });
});

describe("an ask without a subject of its own carries the previous subject and its clauses", () => {
  const first: [string, string, string[]] = ["氧化铝项目要满足什么条件？", "根据三（二）……", ["3.2"]];
  it.each(["这个由哪个部门负责？", "具体的要求是什么", "原文怎么写的", "在哪些园区", "Who is in charge of that?"])("%s", (next) => {
    const r = rewrite(next, history(first));
    expect(r.isFollowUp).toBe(true);
    expect(r.contextClauseIds).toEqual(["3.2"]);
    expect(specificIds(r.standalone)).toContain("alumina-refining");
  });

  it("目标呢 asks the aspect of the subject, from the clauses discussed", () => {
    const r = rewrite("目标呢？", history(first));
    expect(specificIds(r.standalone)).toEqual(expect.arrayContaining(["alumina-refining", "main-targets"]));
    expect(r.contextClauseIds).toEqual(["3.2"]);
  });

  it("a pronoun is replaced by the subject, and clauses that do not state the new aspect are not forced", () => {
    const r = rewrite("那它有没有税收优惠？", history(["再生铝项目可以放在哪些园区？", "……", ["3.4"]]));
    expect(specificIds(r.standalone)).toEqual(expect.arrayContaining(["recycled-aluminium", "tax-incentives"]));
    expect(r.standalone).not.toContain("它");
    expect(r.contextClauseIds).toEqual([]);
  });

  it("a refused question is not the subject: the answered one before it is", () => {
    const turns = history(["再生铝项目可以放在哪些园区？", "……", ["3.4"]], ["每吨补贴多少钱？", "该文件未涉及……", []]);
    const r = rewrite("那谁来负责？", turns);
    expect(r.contextClauseIds).toEqual(["3.4"]);
    expect(specificIds(r.standalone)).toContain("recycled-aluminium");
  });
});

describe("ordinals refer to what was just shown", () => {
  const parks = "三（四）「有序布局再生铝项目」点名的园区/地区有：清镇经开区、兴仁经开区、水城经开区〔三（四）〕。\n原文依据：\n「……」";
  it.each([
    ["第二个园区在哪个市？", "兴仁经开区"],
    ["最后那个园区呢", "水城经开区"],
    ["第一个园区有什么产业", "清镇经开区"],
  ])("%s → %s (the parks the answer listed)", (next, park) => {
    const r = rewrite(next, history(["再生铝项目可以放在哪些园区？", parks, ["3.4"]]));
    expect(r.standalone).toContain(park);
    expect(r.standalone).not.toMatch(/第.个|那个/);
  });

  it("the n-th of several cited clauses", () => {
    const r = rewrite("第三条讲了啥", history(["有哪些支持政策？", "……", ["6.2", "6.3", "6.4"]]));
    expect(r.contextClauseIds).toEqual(["6.4"]);
    expect(r.standalone).toContain("六（四）");
  });

  it.each(["第二个集群呢", "第二个呢？", "后面那个集群讲了什么"])("%s after one clause → that number in the same part", (next) => {
    const r = rewrite(next, history(["轻量化材料集群发展什么？", "……", ["2.1"]]));
    const expected = next.startsWith("后面") ? "2.3" : "2.2";
    expect(r.contextClauseIds).toEqual([expected]);
  });
});

describe("turns that name their own subject stand alone", () => {
  const turns = history(["电解铝还能新增产能吗？", "……", ["3.3"]]);
  it.each([
    ["换个问题，再生铝占比目标是多少？", "再生铝占比目标是多少？"],
    ["换个话题：赤泥怎么综合利用", "赤泥怎么综合利用"],
    ["Another question: what is the target for recycled aluminium?", "what is the target for recycled aluminium?"],
  ])("%s", (text, standalone) => {
    const r = rewrite(text, turns);
    expect(r.isFollowUp).toBe(false);
    expect(r.standalone).toBe(standalone);
    expect(r.contextClauseIds).toEqual([]);
  });

  it.each(["氧化铝项目有什么要求？", "那氧化铝项目要满足什么条件？", "还有别的研发支持政策吗", "主要目标有哪些？", "What are the main targets?"])("a complete question: %s", (text) => {
    const r = rewrite(text, turns);
    expect(r.isFollowUp).toBe(false);
    expect(r.contextClauseIds).toEqual([]);
  });

  it.each(["那联系电话是多少？", "那申请电话多少", "这个项目的办公地址在哪", "云南那边也这么规定吗"])("an out-of-scope subject is not answered from context: %s", (text) => {
    const r = rewrite(text, turns);
    expect(r.isFollowUp).toBe(false);
    expect(r.contextClauseIds).toEqual([]);
  });
});

describe("a figure or detail asked of what the answer named", () => {
  it("具体退多少 after a tax-relief answer naming one instrument asks about that instrument", () => {
    const answer = "根据六（二）「加强要素资源保障」：落实再生铝企业资源综合利用增值税即征即退政策〔六（二）〕。";
    const r = rewrite("具体能退多少？", history(["再生铝企业可以享受什么税收优惠？", answer, ["6.2"]]));
    expect(specificIds(r.standalone)).toContain("vat-refund");
    expect(r.contextClauseIds).toEqual(["6.2"]);
  });

  it("第二个 without a noun counts what the previous question asked for, when the answer listed them", () => {
    const answer = "三（四）「有序布局再生铝项目」点名的园区/地区有：清镇经开区、兴仁经开区、水城经开区〔三（四）〕。";
    const r = rewrite("第二个呢？", history(["再生铝项目可以放在哪些园区？", answer, ["3.4"]]));
    expect(r.standalone).toContain("兴仁经开区");
  });
});

describe("'X呢' with no counterpart of X's kind swaps the facet of a compound concept", () => {
  it.each([
    // 再生铝比重 is the 比重 of 再生铝: 绿电's 比重 is 绿电占比; the year stays, it is no counterpart of 绿电.
    ["再生铝比重到2027年要提到多少？", "那绿电呢？", "green-power-share", "recycled-share"],
    ["赤泥综合利用有什么要求？", "共伴生资源呢", "associated-utilization", "red-mud-utilization"],
  ])("%s → %s", (first, next, gained, lost) => {
    const r = rewrite(next, history([first, "……", ["5"]]));
    expect(r.isFollowUp).toBe(true);
    expect(specificIds(r.standalone)).toContain(gained);
    expect(specificIds(r.standalone)).not.toContain(lost);
    for (const id of specificIds(first).filter((x) => x !== lost)) expect(specificIds(r.standalone)).toContain(id);
  });
});

describe("另外/此外 open another question: one that names a thing of its own stands alone", () => {
  const turns = history(["氧化铝项目有什么要求？", "根据三（二）……", ["3.2"]]);
  it.each([
    ["另外，再生铝占比目标是多少？", "再生铝占比目标是多少？"],
    ["此外赤泥综合利用怎么要求的", "赤泥综合利用怎么要求的"],
  ])("%s", (text, standalone) => {
    const r = rewrite(text, turns);
    expect(r).toEqual({ standalone, isFollowUp: false, contextClauseIds: [] });
  });

  it.each(["另外目标是多少？", "还有，牵头部门是谁"])("an aspect with nothing of its own still leans on the subject: %s", (text) => {
    const r = rewrite(text, turns);
    expect(r.isFollowUp).toBe(true);
    expect(r.contextClauseIds).toEqual(["3.2"]);
  });

  it("还有哪些园区 asks the category again, of the same subject", () => {
    const r = rewrite("还有哪些园区可以放？", history(["再生铝项目可以放在哪些园区？", "……", ["3.4"]]));
    expect(specificIds(r.standalone)).toContain("recycled-aluminium");
  });
});

describe("a demonstrative in front of a kind of thing points at the one just discussed", () => {
  it("这个集群 → the clause shown, when its title names a 集群", () => {
    const r = rewrite("这个集群有哪些重点园区？", history(["全铝家装属于哪个集群？", "……", ["2.2"]]));
    expect(r.standalone).toBe("二（二）有哪些重点园区？");
    expect(r.contextClauseIds).toEqual(["2.2"]);
  });

  it("这个园区 → the park the previous question named", () => {
    const r = rewrite("这个园区能做再生铝吗？", history(["清镇经开区重点发展哪些产品？", "……", ["2.1"]]));
    expect(r.standalone).toContain("清镇经开区");
    expect(r.standalone).not.toContain("这个");
  });

  it("这个文件 is the document, not something discussed", () => {
    const r = rewrite("这个文件是谁发的？", history(["全铝家装属于哪个集群？", "……", ["2.2"]]));
    expect(r.isFollowUp).toBe(false);
  });

  it("a named project is no pointer, nor is English 'that', nor a pointer in an out-of-scope ask", () => {
    const turns = history(["再生铝项目可以放在哪些园区？", "……", ["3.4"]]);
    expect(rewrite("这种再生铝项目要满足什么条件？", turns).standalone).not.toContain("三（四）");
    expect(rewrite("Is it true that recycled aluminium gets a VAT refund?", turns).standalone).not.toContain("三（四）");
    expect(rewrite("这个集群的联系电话是多少", history(["全铝家装属于哪个集群？", "……", ["2.2"]])).contextClauseIds).toEqual([]);
  });
});

describe("departments asked with nothing of their own are the departments of the clause answered", () => {
  const turns = history(["赤泥综合利用有什么要求？", "根据五（二）……", ["5.2"]]);
  it.each(["主责单位是哪个？", "这事谁牵头？", "Which departments are responsible?"])("%s", (text) => {
    const r = rewrite(text, turns);
    expect(r.contextClauseIds).toEqual(["5.2"]);
    expect(r.standalone).toContain("五（二）");
    // The subject stays in the words, for the turns after this one.
    expect(specificIds(r.standalone)).toContain("red-mud-utilization");
    expect(r.standalone).not.toContain("这事");
  });

  it("not when the answer cited several clauses, nor for what the document does not say", () => {
    expect(rewrite("谁牵头？", history(["有哪些支持政策？", "……", ["6.2", "6.3"]])).standalone).not.toMatch(/六（/);
    expect(rewrite("找哪个窗口申请补贴？", turns).standalone).not.toContain("五（二）");
  });
});

describe("a continuation that names a project of its own keeps the clauses, not the previous subject", () => {
  it("那要是新建铝箔项目，要满足什么条件", () => {
    const r = rewrite("那要是新建铝箔项目，要满足什么条件？", history(["电解铝还能新增产能吗？", "……", ["3.3"]]));
    expect(specificIds(r.standalone)).toContain("aluminium-foil");
    expect(specificIds(r.standalone)).not.toContain("electrolytic-aluminium");
  });
});

describe("a bare year varies the previous question's year (what about 2035? / 2035的呢)", () => {
  it.each([
    ["What is the 2027 output target for the aluminium industry?", "what about 2035?"],
    ["What are the 2027 digitalisation targets?", "And 2035?"],
    ["2027年铝产业产值目标多少？", "2035的呢"],
  ])("%s → %s", (first, next) => {
    const r = rewrite(next, history([first, "……", ["1.2"]]));
    expect(r.isFollowUp).toBe(true);
    expect(r.standalone).toContain("2035年");
    // The old year does not stay beside the new one.
    expect(r.standalone).not.toContain("2027");
  });
});

describe("a follow-up asking what the document does not say brings no clauses to answer it from", () => {
  it.each([
    ["再生铝有没有税收优惠？", "申请表在哪下载", "6.2"],
    ["智能矿山鼓励用哪些装备？", "有没有表格下载", "4.1"],
  ])("%s → %s", (first, next, id) => {
    const r = rewrite(next, history([first, "……", [id]]));
    expect(r.contextClauseIds).toEqual([]);
  });

  it("an aspect the document states still keeps the clauses (这个谁牵头)", () => {
    const r = rewrite("这个谁牵头", history(["智能矿山鼓励用哪些装备？", "……", ["4.1"]]));
    expect(r.contextClauseIds).toEqual(["4.1"]);
  });
});

describe("how a turn leans on the conversation, by class", () => {
  it("a means of support asked alone carries the thing discussed only where the document grants it to that thing", () => {
    const recycled = rewrite("在税收上能享受什么", history(["再生铝项目要布局在哪些开发区？", "……", ["3.4"]]));
    expect(recycled.isFollowUp).toBe(true);
    expect(recycled.standalone).toContain("再生铝");
    // No clause grants a tax measure to 铝箔: the question is not tied to 铝箔's clause.
    const foil = rewrite("在税收上能享受什么", history(["铝箔项目适合放在哪些园区？", "……", ["2.2"]]));
    expect(foil.standalone).not.toContain("铝箔");
  });

  it("a question put to the whole document mid-conversation stands alone", () => {
    for (const q of ["整体上这份意见由哪个部门牵头推进？", "Overall, which department leads the implementation?"]) {
      const r = rewrite(q, history(["再生铝项目可以布局在哪些园区？", "……", ["3.4"]]));
      expect(r.isFollowUp).toBe(false);
      expect(r.standalone).not.toContain("再生铝");
    }
  });

  it("第N个 after an answer stating several figures names that figure and keeps its clause", () => {
    const answer = "到2027年，再生铝占原铝（铝液）供应量的比重提高到20%以上〔第三部分〕；力争全省氧化铝就地转化率达70%以上〔第三部分〕。";
    const r = rewrite("第二个指的是哪种产品的转化率", history(["到2027年氧化铝和再生铝方面的目标是多少？", answer, ["3"]]));
    expect(r.standalone).toContain("70%以上");
    expect(r.contextClauseIds).toEqual(["3"]);
  });
  it("a short yes/no about a place the clause just shown names leans on it; one with an ask of its own stands alone", () => {
    const prev = history(["铝制汽车轮毂、车身型材这类产品，省里重点支持吗？", "……", ["2.1"]]);
    const leaning = rewrite("兴仁算不算重点园区", prev);
    expect(leaning.isFollowUp).toBe(true);
    expect(leaning.contextClauseIds).toEqual(["2.1"]);
    expect(rewrite("兴仁那边能搞啥项目", prev).isFollowUp).toBe(false);
  });
  it("a correction replaces the thing of the question it corrects, keeping what was asked", () => {
    const r = rewrite("不是，我问的是氧化铝", history(["原铝就地转化率目标是多少？", "……", ["2"]]));
    expect(r.isFollowUp).toBe(true);
    expect(r.standalone).toContain("氧化铝");
    expect(r.standalone).toContain("转化率");
    expect(r.standalone).not.toContain("原铝");
  });
});
