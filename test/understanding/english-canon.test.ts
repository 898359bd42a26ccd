import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { canonEnglish, canonWord } from "../../src/text/english-canon.js";
import { foldText } from "../../src/text/fold-text.js";
import { classifyAsk } from "../../src/understanding/classify-ask.js";

describe("English word keys", () => {
  it("folds inflections and British/American spellings to one key", () => {
    const same = [
      ["smelters", "smelter"], ["policies", "policy"], ["recycled", "recycle"], ["mines", "mine"], ["processes", "process"],
      ["digitalisation", "digitalization"], ["prioritised", "prioritized"], ["aluminum", "aluminium"], ["centres", "center"],
      ["licence", "license"], ["tonnes", "tons"], ["analysed", "analyzed"], ["evs", "ev"], ["smes", "sme"], ["authorities", "authority"],
    ];
    for (const [a, b] of same) expect(canonWord(a!), `${a} / ${b}`).toBe(canonWord(b!));
  });

  it("keeps apart words that only look like inflections", () => {
    const apart = [["training", "train"], ["sorting", "sort"], ["listing", "list"], ["filing", "file"], ["cans", "can"], ["news", "new"], ["futures", "future"], ["forms", "form"], ["guiding", "guide"]];
    for (const [a, b] of apart) expect(canonWord(a!), `${a} / ${b}`).not.toBe(canonWord(b!));
  });

  it("maps the canonical view back to the text it came from", () => {
    const v = canonEnglish("which parks, 清镇?");
    const at = v.text.indexOf("park");
    expect("which parks, 清镇?".slice(v.start[at], v.end[at])).toBe("parks");
    expect(v.text.endsWith("清镇?")).toBe(true);
  });
});

describe("English through the lexicon and the ask cues", () => {
  const lex = defaultLexicon();
  const ids = (q: string) => lex.match(foldText(q)).map((m) => m.concept.id);

  it("finds a concept whatever the inflection or spelling", () => {
    expect(ids("Which parks host secondary aluminum smelters?")).toEqual(expect.arrayContaining(["development-zone"]));
    expect(ids("the provincial Department of Ecology and Environment")).toContain("dept-ecology-environment");
    expect(ids("Ecology and Environment Bureau")).toContain("dept-ecology-environment");
    expect(ids("Guizhou Provincial Department of Natural Resources")).toContain("dept-natural-resources");
    expect(ids("the Administration for Market Regulation")).toContain("dept-market-regulation");
  });

  it("reads English ask cues in any inflection, names of things not masking them", () => {
    const kind = (q: string) => classifyAsk(foldText(q), defaultPhrasing()).kinds;
    expect(kind("Which authorities oversee the water-saving evaluation?")).toContain("who");
    expect(kind("Is the Energy Administration in charge of power supply?")).toContain("who");
    expect(kind("Is the tax break still available?")).toContain("yesno");
  });
});
