import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { createQueryAnalyzer } from "../../src/understanding/create-query-analyzer.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

// Everyday English for the document's own notions reaches the same concept as the formal term.
const analyzer = createQueryAnalyzer({ lexicon: defaultLexicon(), phrasing: defaultPhrasing(), clauses: loadTestCorpus().clauses });
const concepts = (q: string): string[] => analyzer.analyze(q).concepts.map((m) => m.concept.id);

describe("everyday English synonyms", () => {
  it("reads 'processed locally' as local conversion", () => {
    expect(concepts("How much alumina is processed locally?")).toContain("local-conversion");
    expect(concepts("targets for local processing of molten aluminium")).toContain("local-conversion");
  });
  it("reads price swings and fluctuations as price risk, leaving hedging to futures", () => {
    expect(concepts("how do firms cope with price swings")).toContain("price-risk");
    expect(concepts("aluminium price fluctuations")).toContain("price-risk");
    expect(concepts("futures hedging")).not.toContain("price-risk");
  });
});
