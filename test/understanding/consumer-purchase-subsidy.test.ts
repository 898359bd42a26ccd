import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { createQueryAnalyzer } from "../../src/understanding/create-query-analyzer.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

// A subsidy for buying something is paid to the buyer; the document only supports producers.
const analyzer = createQueryAnalyzer({ lexicon: defaultLexicon(), phrasing: defaultPhrasing(), clauses: loadTestCorpus().clauses });
const uncovered = (q: string): string[] => analyzer.analyze(q).uncovered.map((c) => c.id);

describe("purchase subsidies are consumer subsidies", () => {
  it("recognises English and Chinese purchase-subsidy asks", () => {
    expect(uncovered("Is there a rebate if I purchase new windows?")).toContain("consumer-subsidy");
    expect(uncovered("What subsidy do buyers of a new car get?")).toContain("consumer-subsidy");
    expect(uncovered("买车有购车补贴吗")).toContain("consumer-subsidy");
  });
  it("leaves producer questions about cars alone", () => {
    expect(uncovered("Does the policy support making car wheels?")).not.toContain("consumer-subsidy");
  });
});
