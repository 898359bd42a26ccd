import { describe, expect, it } from "vitest";
import { buildLexicon, LexiconError } from "../../src/lexicon/lexicon.js";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { foldText } from "../../src/text/fold-text.js";
import type { LexiconSection } from "../../src/lexicon/concept-schema.js";

const section = (concepts: LexiconSection["concepts"]): LexiconSection[] => [{ section: "t", concepts }];

describe("lexicon validation", () => {
  it("loads the shipped lexicon", () => {
    expect(defaultLexicon().concepts.length).toBeGreaterThan(0);
  });

  it("rejects a malformed entry, naming it", () => {
    expect(() => buildLexicon(section([{ id: "Bad Id", kind: "product", label: "x", terms: ["铝箔"] }]))).toThrow(LexiconError);
    expect(() => buildLexicon(section([{ id: "foil", kind: "product", label: "铝箔" }]))).toThrow(/foil/);
  });

  it("rejects a surface form claimed by two concepts", () => {
    expect(() =>
      buildLexicon(section([
        { id: "a", kind: "product", label: "甲", terms: ["铝箔"] },
        { id: "b", kind: "product", label: "乙", variants: ["铝箔"] },
      ])),
    ).toThrow(/同时属于/);
  });

  it("rejects duplicate ids, dangling and cyclic links", () => {
    expect(() => buildLexicon(section([{ id: "a", kind: "product", label: "甲", terms: ["甲"] }, { id: "a", kind: "product", label: "乙", terms: ["乙"] }]))).toThrow(/重复/);
    expect(() => buildLexicon(section([{ id: "a", kind: "product", label: "甲", terms: ["甲"], broader: ["zz"] }]))).toThrow(/不存在/);
    expect(() =>
      buildLexicon(section([
        { id: "a", kind: "product", label: "甲", terms: ["甲"], broader: ["b"] },
        { id: "b", kind: "product", label: "乙", terms: ["乙"], broader: ["a"] },
      ])),
    ).toThrow(/成环/);
  });

  it("requires notCovered exactly on uncovered concepts, and no document terms there", () => {
    expect(() => buildLexicon(section([{ id: "p", kind: "uncovered", label: "铝价", variants: ["铝价"] }]))).toThrow(LexiconError);
    expect(() => buildLexicon(section([{ id: "p", kind: "product", label: "铝价", variants: ["铝价"], notCovered: "文件没有铝价" }]))).toThrow(LexiconError);
    expect(() => buildLexicon(section([{ id: "p", kind: "uncovered", label: "铝价", terms: ["铝价"], notCovered: "文件没有谈铝价" }]))).toThrow(LexiconError);
  });
});

describe("concept matching", () => {
  const lex = buildLexicon(section([
    { id: "alumina", kind: "project-type", label: "氧化铝", terms: ["氧化铝"], english: ["alumina"] },
    { id: "corundum", kind: "product", label: "刚玉", terms: ["刚玉"] },
    { id: "foil", kind: "product", label: "铝箔", terms: ["铝箔"], broader: ["alloy-products"] },
    { id: "alloy-products", kind: "product", label: "中高端合金制品", terms: ["中高端合金制品"] },
    { id: "park", kind: "park", label: "园区", terms: ["经开区"], english: ["park"] },
  ]));

  it("finds exact forms longest first and English whole words, plurals included", () => {
    const m = lex.match(foldText("Which parks host ALUMINA plants? 氧化铝"));
    expect(m.map((x) => [x.concept.id, x.via])).toEqual([["park", "english"], ["alumina", "english"], ["alumina", "term"]]);
    expect(lex.match("parking")).toEqual([]);
  });

  it("tolerates pinyin-input homophones, but not on a single syllable", () => {
    expect(lex.match("氧化吕厂").map((x) => [x.concept.id, x.via, x.surface])).toEqual([["alumina", "pinyin", "氧化吕"]]);
    expect(lex.match("钢玉块").map((x) => [x.concept.id, x.surface])).toEqual([["corundum", "钢玉"]]); // two syllables, one shared character
    expect(lex.match("钢育").map((x) => x.concept.id)).toEqual([]); // two syllables, no shared character: too loose
  });

  it("walks broader links", () => {
    expect(lex.ancestors("foil").map((c) => c.id)).toEqual(["foil", "alloy-products"]);
  });
});

describe("frames, spoken question words and families", () => {
  const lex = buildLexicon(section([
    { id: "subsidy", kind: "instrument", label: "补贴", terms: ["补贴"] },
    { id: "new-materials", kind: "product", label: "新材料", terms: ["新材料"] },
    {
      id: "forms",
      kind: "uncovered",
      aspect: true,
      label: "申报材料",
      frames: [[["申请", "申报"], ["材料", "表格"]], [["apply", "application"], ["form", "forms"]]],
      notCovered: "文件没有列出申报材料。",
    },
    { id: "issue-date", kind: "document", label: "发文日期", variants: ["什么时候印发"] },
    { id: "tax", kind: "instrument", label: "税收优惠", variants: ["税收优惠"] },
    { id: "vat", kind: "instrument", label: "增值税即征即退", terms: ["增值税即征即退"], broader: ["tax"] },
    { id: "tax-burden", kind: "uncovered", label: "税负", variants: ["税负"], notCovered: "文件没有谈税负。" },
  ]));
  const ids = (q: string) => lex.match(foldText(q)).map((m) => `${m.concept.id}:${m.via}`);

  it("names a concept by words apart, in either order, within a short stretch; its words stay concepts of their own", () => {
    expect(ids("申请补贴要准备哪些材料")).toEqual(["forms:frame", "subsidy:term"]);
    expect(ids("补贴的表格去哪儿申报")).toEqual(["subsidy:term", "forms:frame"]);
    expect(ids("How do we apply, and is there a form?")).toEqual(["forms:frame"]);
    // Too far apart to be one phrase.
    expect(ids("申请了省里的补贴以后，企业还要继续做好生产经营和原料的材料")).toEqual(["subsidy:term"]);
  });

  it("does not read a frame word inside a longer word the lexicon knows", () => {
    expect(ids("新材料能申请补贴吗")).toEqual(["new-materials:term", "subsidy:term"]);
  });

  it("matches forms written with one spoken question word when another is typed", () => {
    expect(ids("文件啥时候印发的")).toEqual(["issue-date:variant"]);
  });

  it("never matches a two-character homophone across a question word (谁负 is not 税负)", () => {
    expect(ids("谁负责")).toEqual([]);
  });

  it("family forms add the terms of narrower concepts", () => {
    expect(lex.forms("tax", "lineage")).not.toContain("增值税即征即退");
    expect(lex.forms("tax", "family")).toContain("增值税即征即退");
  });

  it("validates frames: every frame has two or three groups", () => {
    expect(() => buildLexicon(section([{ id: "x", kind: "topic", label: "x", frames: [[["a"]]] }]))).toThrow(LexiconError);
  });
});

describe("two-character homophones and ordinary words", () => {
  const lex = buildLexicon(section([
    { id: "validity", kind: "uncovered", label: "有效期", variants: ["到期"], notCovered: "文件没有写有效期。" },
    { id: "corundum", kind: "product", label: "刚玉", terms: ["刚玉"] },
  ]));
  const words = new Set(["企业", "走访", "到底"]);
  const ids = (q: string) => lex.match(foldText(q), { isWord: (w) => words.has(w) }).map((m) => `${m.concept.id}:${m.surface}`);

  it("rejects a homophone that splits a word of the text (到企 of 到企业)", () => {
    expect(ids("会不会派人下来到企业看看")).toEqual([]);
    expect(ids("什么时候到期")).toEqual(["validity:到期"]);
  });

  it("rejects a homophone whose characters are a word as typed", () => {
    // Without word knowledge 到企 reads as a mistyped 到期; when the typed characters are a word, they are meant.
    expect(lex.match("到企").map((m) => m.concept.id)).toEqual(["validity"]);
    expect(lex.match("到企", { isWord: (w) => w === "到企" })).toEqual([]);
  });

  it("still reads a mistype whose neighbours form no word (钢玉块 is 刚玉)", () => {
    expect(ids("钢玉块多少钱")).toEqual(["corundum:钢玉"]);
  });
});

describe("homophones of longer forms", () => {
  it("let a homophone cover the exact context word it contains (卢碧经开区 is 炉碧经开区)", () => {
    const lex = buildLexicon(section([
      { id: "zone", kind: "park", label: "经开区", terms: ["经开区"] },
      { id: "lubi", kind: "park", label: "炉碧经开区", terms: ["炉碧经开区"] },
    ]));
    expect(lex.match(foldText("卢碧经开区被安排了哪些事")).map((m) => `${m.concept.id}:${m.via}:${m.surface}`)).toEqual(["lubi:pinyin:卢碧经开区"]);
    expect(lex.match(foldText("这个经开区")).map((m) => `${m.concept.id}:${m.via}`)).toEqual(["zone:term"]);
  });
});

describe("sound-alikes that share no character", () => {
  const lex = buildLexicon(section([
    { id: "beijing", kind: "place", label: "北京市", terms: ["北京市"] },
    { id: "alumina", kind: "product", label: "氧化铝", terms: ["氧化铝"] },
  ]));
  const found = (q: string) => lex.match(foldText(q)).map((m) => `${m.concept.id}:${m.via}:${m.surface}`);

  it("are other words, not a mistype: 背景是 is 背景 + 是, not 北京市", () => {
    expect(found("这个文件出台的背景是啥")).toEqual([]);
  });

  it("while a mistype that keeps a character of the form is still read (氧化吕 is 氧化铝)", () => {
    expect(found("氧化吕厂能建吗")).toEqual(["alumina:pinyin:氧化吕"]);
  });
});

describe("a long form mistyped in one character", () => {
  const lex = buildLexicon(section([
    { id: "eia", kind: "topic", label: "环评", terms: ["环境影响评价"], variants: ["环评"] },
    { id: "energy-saving", kind: "topic", label: "节能", variants: ["节能"] },
    { id: "energy-review", kind: "topic", label: "节能审查", terms: ["节能审查"] },
    { id: "licence", kind: "topic", label: "采矿证", terms: ["采矿证"], mistypes: ["采矿正"] },
    { id: "licence-procedure", kind: "topic", label: "办采矿证", variants: ["办采矿证"] },
  ]));
  const found = (q: string) => lex.match(foldText(q), { oneOffMistypes: true }).map((m) => `${m.concept.id}:${m.via}:${m.surface}`);

  it("is read, when asked for, even where the text names other things, and covers the exact word inside it", () => {
    expect(found("环评有，节能审察一直没办")).toEqual(["eia:variant:环评", "energy-review:pinyin:节能审察"]);
    // Not asked for (a question): the ordinary homophone step, which waits for a question naming nothing else.
    expect(lex.match(foldText("环评有，节能审察一直没办")).map((m) => m.concept.id)).toEqual(["eia", "energy-saving"]);
  });

  it("does not re-read a character an exact match (here a known mistype) already explains", () => {
    expect(found("矿一直没办采矿正")).toEqual(["licence:mistype:采矿正"]);
  });

  it("needs the other characters right and the changed one to sound the same", () => {
    expect(found("环评有，节能审批一直没办")).toEqual(["eia:variant:环评", "energy-saving:variant:节能"]);
  });
});
