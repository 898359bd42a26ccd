import { describe, expect, it } from "vitest";
import { defaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { foldText } from "../../src/text/fold-text.js";
import { classifyAsk } from "../../src/understanding/classify-ask.js";

/**
 * English ask frames (phrasing.englishFrames): a question word and, a few words on, the noun it asks
 * for decide the ask kind the way 哪些【部门】 does in Chinese. Sentences are made up here, not taken
 * from evaluation sets.
 */
const kindOf = (q: string) => classifyAsk(foldText(q), defaultPhrasing());

describe("English ask frames", () => {
  it("which/what … body asks who, abbreviated or plural", () => {
    expect(kindOf("Which dept runs the scrap collection system?").kind).toBe("who");
    expect(kindOf("What government bodies sign off on smelter capacity swaps?").kind).toBe("who");
    expect(kindOf("Which provincial agencies handle red mud research?").kind).toBe("who");
  });

  it("what … target/percentage asks how much, also with a year glued to the noun by folding", () => {
    expect(kindOf("What is the adoption target for digital workshops?").kind).toBe("howmuch");
    expect(kindOf("What's the 2035 target for output?").kind).toBe("howmuch");
    expect(kindOf("Which share of smelting capacity must be benchmark-level?").kind).toBe("howmuch");
  });

  it("by what year / which month asks when; which … sections lists; what … steps is a procedure", () => {
    expect(kindOf("By what year must old potlines close?").kind).toBe("when");
    expect(kindOf("Which sections of the guideline cover gallium?").kind).toBe("list");
    expect(kindOf("What formal steps come before an alumina expansion?").kind).toBe("procedure");
    expect(kindOf("Which industrial park hosts the foil makers?").kind).toBe("where");
  });

  it("a verb between the question word and the noun breaks the frame", () => {
    // It asks what the department does, not which department.
    expect(kindOf("What does the energy department do for smelters?").kinds).not.toContain("who");
    // The noun must be the word itself: "targeted" after "what" is no target figure, and "department"
    // five words past "which" plus a verb is no who-question.
    expect(kindOf("What should be done about red mud, says the department?").kinds).not.toContain("who");
  });

  it("duty phrasings without a question word ask who", () => {
    expect(kindOf("Does the tax bureau have a part in the VAT refund?").kinds).toContain("who");
    expect(kindOf("Is the finance department on the hook for special funds?").kinds).toContain("who");
  });
});
