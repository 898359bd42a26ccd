import { describe, expect, it } from "vitest";
import { buildAdmissionVocabulary } from "../../src/admission/admission-vocabulary.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { LEXICON_SECTIONS } from "../../src/lexicon/data/index.js";
import { buildLexicon } from "../../src/lexicon/lexicon.js";
import type { LexiconSection } from "../../src/lexicon/concept-schema.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();

/** The shipped lexicon sections with one concept's variants extended (a copy; the shipped data is untouched). */
function withVariant(id: string, variant: string): LexiconSection[] {
  return LEXICON_SECTIONS.map((s) => ({
    ...s,
    concepts: s.concepts.map((c) => (c.id === id ? { ...c, variants: [...(c.variants ?? []), variant] } : c)),
  }));
}

describe("the extractor reads project types, products and fact topics from the domain lexicon", () => {
  it("an everyday word added to a lexicon concept changes what the extractor reads, with no admission data touched", () => {
    const text = "新建锅碗瓢盆项目，三评都做了";
    expect(extractProfile(text, knowledge).projectType).toBeUndefined();
    const vocabulary = buildAdmissionVocabulary(buildLexicon(withVariant("aluminium-products", "锅碗瓢盆")));
    expect(extractProfile(text, knowledge, vocabulary).projectType).toBe("铝精深加工");
  });

  it("products come out in the document's own words (全铝家居 → 全铝家装, wheel → 轮毂) and find their cluster", () => {
    expect(extractProfile("兴仁搞个全铝家居项目", knowledge).products).toEqual(["全铝家装"]);
    expect(extractProfile("new aluminium alloy wheel plant", knowledge).products).toContain("轮毂");
  });

  it("a product below a type in the lexicon names the project type (陶粒 → 铝基非金属材料, 电池托盘 → 铝精深加工)", () => {
    expect(extractProfile("新建陶粒厂", knowledge).projectType).toBe("铝基非金属材料");
    expect(extractProfile("新建电池托盘生产线", knowledge).projectType).toBe("铝精深加工");
  });

  it("facts are found through the lexicon's topics, in English too", () => {
    const p = extractProfile("New aluminium foil plant, EIA approved, energy review in progress", knowledge);
    expect(p.assessments).toMatchObject({ environmentalImpact: "done", energyReview: "in_progress" });
  });

  it("refuses to load when a concept the admission data names is missing from the lexicon", () => {
    // Drop the concept and every link to it, so the lexicon itself still loads.
    const without = LEXICON_SECTIONS.map((s) => ({
      ...s,
      concepts: s.concepts
        .filter((c) => c.id !== "eia")
        .map((c) => ({ ...c, broader: (c.broader ?? []).filter((b) => b !== "eia"), near: (c.near ?? []).filter((b) => b !== "eia") })),
    }));
    expect(() => buildAdmissionVocabulary(buildLexicon(without))).toThrow(/准入词表引用了词库中不存在的概念：eia/);
  });
});
