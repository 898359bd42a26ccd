import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GAZETTEER_CITIES } from "../../src/lexicon/data/divisions.js";
import { PLACE_PINYIN } from "../../src/lexicon/data/place-pinyin.js";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { placePinyinSource } from "../../src/lexicon/place-pinyin-source.js";
import { pinyinForms } from "../../src/lexicon/pinyin-forms.js";
import { foldText } from "../../src/text/fold-text.js";

describe("place pinyin (generated with pinyin-pro)", () => {
  it("data/place-pinyin.ts is what the generator writes today", () => {
    const file = readFileSync(new URL("../../src/lexicon/data/place-pinyin.ts", import.meta.url), "utf8");
    // On failure: npm run build && node scripts/generate-place-pinyin.mjs
    expect(file).toBe(placePinyinSource());
  });

  it("agrees with the hand-written pinyin ids of every Guizhou county (two sources, one reading)", () => {
    const disagree = GAZETTEER_CITIES.flatMap((c) => c.counties).filter(([id, , short]) => PLACE_PINYIN[short]?.replace(/ /g, "") !== id);
    expect(disagree).toEqual([]);
  });

  it("writes a name run together, with pinyin's apostrophe, and syllable by syllable", () => {
    expect(pinyinForms("zheng an")).toEqual(["zhengan", "zheng'an", "zheng an"]);
    expect(pinyinForms("lv liang", { spaced: false })).toEqual(["luliang"]);
  });

  it("finds places written in pinyin with tones, spaces, hyphens or apostrophes", () => {
    const lex = defaultLexicon();
    const ids = (q: string) => lex.match(foldText(q)).map((m) => m.concept.id);
    expect(ids("Can we build in Zheng'an?")).toContain("zhengan");
    expect(ids("a plant in zheng-an county")).toContain("zhengan");
    expect(ids("Qīngzhèn development zone")).toContain("qingzhen-park");
    expect(ids("wu chuan and dao zhen")).toEqual(expect.arrayContaining(["wuchuan", "daozhen"]));
    expect(ids("moving the plant from Nanning")).toContain("province-guangxi");
  });
});
