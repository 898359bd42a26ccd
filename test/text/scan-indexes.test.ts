import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLatinHeadIndex } from "../../src/text/latin-head-index.js";
import { createSubstringIndex } from "../../src/text/substring-index.js";

const key = (o: { item: string; start: number; end: number }) => `${o.item}@${o.start}-${o.end}`;

/** What the indexes replace: every form tried at every position. */
function naiveOccurrences(forms: readonly string[], text: string) {
  const out: { item: string; start: number; end: number }[] = [];
  for (const form of forms) {
    if (!form) continue;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push({ item: form, start: i, end: i + form.length });
  }
  return out;
}

const hanAndLatin = fc.string({ unit: fc.constantFrom("铝", "电", "解", "铝", "箔", "材", "a", "b", "1", " ", "-"), maxLength: 40 });

describe("substring index", () => {
  it("finds exactly the occurrences a form-by-form scan finds", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom("铝", "电", "解", "箔", "材"), maxLength: 4 }), { maxLength: 12 }), hanAndLatin, (forms, text) => {
      const unique = [...new Set(forms)];
      const index = createSubstringIndex(unique, (f) => f);
      expect(index.occurrences(text).map(key).sort()).toEqual(naiveOccurrences(unique, text).map(key).sort());
    }), { numRuns: 300, seed: 7 });
  });

  it("keeps one-character forms and forms that occur overlapping", () => {
    const index = createSubstringIndex(["铝", "铝铝"], (f) => f);
    expect(index.occurrences("铝铝铝").map(key).sort()).toEqual(["铝@0-1", "铝@1-2", "铝@2-3", "铝铝@0-2", "铝铝@1-3"]);
  });
});

describe("latin head index", () => {
  const pattern = (term: string) => new RegExp(`(?<![a-z])${term.replace(/ /g, "\\s+")}(?![a-z])`, "g");
  const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "1", "2"), minLength: 1, maxLength: 4 });

  it("never drops a term whose word pattern matches (a pre-filter only)", () => {
    fc.assert(fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(" ")), { maxLength: 10 }),
      fc.string({ unit: fc.constantFrom("a", "b", "c", "1", "2", " ", "铝", "-"), maxLength: 40 }), (terms, text) => {
        const index = createLatinHeadIndex(terms, (t) => t.split(" ")[0]!);
        const candidates = new Set(index.candidates(text));
        for (const t of terms) if (pattern(t).test(text)) expect(candidates.has(t)).toBe(true);
      }), { numRuns: 300, seed: 11 });
  });

  it("skips terms whose first word starts no run of the text, and always offers unusual heads", () => {
    const index = createLatinHeadIndex(["ka", "park zone", "zheng'an"], (t) => t.split(" ")[0]!);
    expect(index.candidates("400ka 电解槽")).toEqual(["zheng'an", "ka"]);
    expect(index.candidates("spark")).toEqual(["zheng'an"]);
  });

  it("stays linear on a long digit run", () => {
    const index = createLatinHeadIndex(["12"], (t) => t);
    expect(index.candidates("1".repeat(50_000) + "2")).toEqual(["12"]);
  });
});
