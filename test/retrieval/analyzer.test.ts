import { describe, expect, it } from "vitest";
import { buildUserDictionary } from "../../src/retrieval/analysis/build-user-dictionary.js";
import { BIGRAM_PREFIX, NUMBER_PREFIX } from "../../src/retrieval/analysis/create-analyzer.js";
import { foldText } from "../../src/text/fold-text.js";
import { extractNumberTokens } from "../../src/retrieval/analysis/number-tokens.js";
import { createSynonymExpander } from "../../src/retrieval/analysis/synonym-expander.js";
import { synonymTable } from "../../src/lexicon/derived-tables.js";
import { realAnalyzer, realCorpus } from "./retrieval-fixtures.js";

describe("foldText", () => {
  it("folds full-width digits, letters and percent signs to half width and lower case", () => {
    expect(foldText("２０％")).toBe("20%");
    expect(foldText("ＡＩ大模型")).toBe("ai大模型");
  });

  it("treats 千安, kA and KA as one unit and drops the space before it", () => {
    expect(foldText("400千安")).toBe("400ka");
    expect(foldText("400 KA")).toBe("400ka");
    expect(foldText("400kA")).toBe("400ka");
  });

  it("turns 百分之N into N%", () => {
    expect(foldText("提高到百分之二十")).toBe("提高到20%");
    expect(foldText("百分之95")).toBe("95%");
  });
});

describe("number tokens", () => {
  it("keeps a number with its unit as one token", () => {
    const tokens = extractNumberTokens(foldText("力争达200万吨/年以上，比重提高到２０％，2027年")).map((t) => t.token);
    expect(tokens).toEqual(["200万吨/年", "20%", "2027年"]);
  });

  it("gives 400KA, 400kA and 400千安 the same index token", () => {
    const a = realAnalyzer();
    const forms = ["400KA以下", "400kA以下", "400千安以下", "４００ＫＡ以下"].map((s) => a.tokens(s).filter((t) => t.startsWith(NUMBER_PREFIX)));
    for (const f of forms) expect(f).toEqual([`${NUMBER_PREFIX}400ka`]);
  });
});

describe("analyzer", () => {
  it("keeps domain words whole that a plain dictionary splits", () => {
    const words = realAnalyzer().words(foldText("有序布局再生铝项目，支持炉碧经开区、遵义和平（苟江）经开区，提高就地转化率"));
    expect(words).toEqual(expect.arrayContaining(["再生铝", "炉碧经开区", "苟江", "就地转化率"]));
  });

  it("gives a kept term exactly the tokens of tokenising it afresh, for the whole synonym vocabulary", () => {
    const a = realAnalyzer();
    const terms = synonymTable().groups.flat();
    const first = terms.map((t) => a.termTokens(t));
    for (const [i, t] of terms.entries()) {
      expect(first[i]).toEqual(a.tokens(t));
      expect(a.termTokens(t)).toBe(first[i]);
    }
  });

  it("adds Han character bigrams so differently segmented text still matches", () => {
    const tokens = realAnalyzer().tokens("电解铝");
    expect(tokens).toContain(`${BIGRAM_PREFIX}电解`);
    expect(tokens).toContain(`${BIGRAM_PREFIX}解铝`);
  });

  it("derives park and department names from the corpus, cutting verbs glued in front", () => {
    const dict = buildUserDictionary(realCorpus().clauses);
    expect(dict).toEqual(expect.arrayContaining(["清镇经开区", "兴仁", "省发展改革委", "发展改革委"]));
    expect(dict).not.toContain("支持清镇");
  });
});

describe("synonym expander", () => {
  const syn = createSynonymExpander({ groups: [["省发展改革委", "发改委", "发改"], ["再生铝", "废铝", "recycled aluminium"]] });

  it("expands an abbreviation to the document's name and back", () => {
    expect(syn.expand(foldText("发改委管什么"))).toEqual(expect.arrayContaining(["省发展改革委"]));
    expect(syn.expand(foldText("废铝"))).toEqual(expect.arrayContaining(["再生铝", "recycled aluminium"]));
  });

  it("matches the longest term once, and Latin terms only as whole words", () => {
    const matches = syn.findMatches(foldText("省发展改革委"));
    expect(matches.map((m) => m.term)).toEqual(["省发展改革委"]);
    expect(syn.findMatches("unrecycled aluminiumx")).toEqual([]);
    expect(syn.findMatches(foldText("Recycled  Aluminium plants")).map((m) => m.term)).toEqual(["recycled aluminium"]);
  });
});

describe("kept results (the same text is tokenised and folded many times per answer)", () => {
  it("tokens of a text are the same on every call, and a caller extending its list changes no later call", () => {
    const a = realAnalyzer();
    const q = "新（改、扩）建电解铝项目要满足什么条件，百分之二十";
    const first = a.tokens(q);
    const copy = [...first];
    first.push("被调用方改动");
    expect(a.tokens(q)).toEqual(copy);
    // Many other texts in between (an index build) push it out; recomputed, it is still the same.
    for (let i = 0; i < 2000; i++) a.tokens(`第${i}条再生铝`);
    expect(a.tokens(q)).toEqual(copy);
  });

  it("foldText returns the same folding for a text seen before and after many others", () => {
    const t = "ＡＩ大模型 400 KA 百分之二十";
    const first = foldText(t);
    for (let i = 0; i < 10_000; i++) foldText(`文本${i}`);
    expect(foldText(t)).toBe(first);
    expect(first).toBe("ai大模型 400ka 20%");
  });
});
