import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { foldText } from "../../src/text/fold-text.js";

/**
 * English forms of the document's concepts, by class: official department names in full, the national
 * acronyms people use for the provincial line, numbers alone (years), generic English words that are
 * no concept, and frames that take no characters. Phrases are made up here, not taken from evaluation sets.
 */
const ids = (q: string) => defaultLexicon().match(foldText(q)).map((m) => m.concept.id);

describe("English lexicon forms by class", () => {
  it("a department's full official English name is one match, with nothing left over as a topic", () => {
    expect(ids("the Department of Industry and Information Technology of Guizhou")).toEqual(["dept-industry", "guizhou"]);
    expect(ids("ask the Dept of Natural Resources")).toEqual(["dept-natural-resources"]);
    expect(ids("the market regulator")).toEqual(["dept-market-regulation"]);
  });

  it("NDRC and MIIT, as English speakers say them, name the provincial commission and department", () => {
    expect(ids("NDRC")).toEqual(["dept-development-reform"]);
    expect(ids("MIIT")).toEqual(["dept-industry"]);
    // The State Council is still a national body the document gives no task.
    expect(defaultLexicon().match(foldText("the State Council")).map((m) => m.concept.kind)).toEqual(["uncovered"]);
  });

  it("a year alone is a form in Chinese text without Latin letters and glued to an English word", () => {
    expect(ids("到2035，目标是什么")).toContain("target-2035");
    expect(ids("the 2027 smart factory goals")).toContain("target-2027");
    expect(ids("编号120270")).not.toContain("target-2027");
  });

  it("generic English words are no concept: permitted is no permit, a resource-rich area no statistic", () => {
    expect(ids("are we permitted to expand")).not.toContain("approval-procedures");
    expect(ids("are we permitted to expand")).toContain("new-construction");
    const kinds = defaultLexicon().match(foldText("projects in the resource-rich area")).map((m) => m.concept.kind);
    expect(kinds).not.toContain("uncovered");
  });

  it("an English verb is no uncovered topic, and a raw-material price is one in either order", () => {
    const kinds = (q: string) => defaultLexicon().match(foldText(q)).filter((m) => m.concept.kind === "uncovered").map((m) => m.concept.id);
    expect(kinds("Does the guideline address scrap collection?")).toEqual([]);
    expect(kinds("the postal address of the finance department")).toEqual(["office-address"]);
    expect(kinds("what bauxite will cost in the spring")).toContain("raw-material-prices");
    expect(kinds("the quoted price for scrap")).toContain("raw-material-prices");
    // A price word inside a covered concept ("price risk") is that concept.
    expect(kinds("price risk for scrap buyers")).toEqual([]);
  });

  it("abbreviations and trade words of the domain", () => {
    expect(ids("NEV makers")).toEqual(["automotive"]);
    expect(ids("R and D")).toEqual(["rd"]);
    expect(ids("scrap recyclers")).toEqual(["recycled-aluminium"]);
    expect(ids("state-owned firms")).toEqual(["state-owned-enterprises"]);
    expect(ids("t/yr")).toEqual(["capacity"]);
    // The chemical formula people type for alumina.
    expect(ids("Al2O3 项目")).toContain("alumina-refining");
  });

  it("frames take no characters: an enterprise count and today's count can both be named", () => {
    const found = ids("how many firms have been set up to date");
    expect(found).toContain("enterprise-targets");
    expect(found).toContain("current-statistics");
    expect(ids("the processing capacity target")).toContain("processing-capacity");
    expect(ids("aluminium processing capacity")).toContain("processing-capacity");
  });
});
