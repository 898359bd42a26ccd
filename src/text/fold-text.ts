import { parseChineseNumeral } from "../corpus/chinese-numerals.js";

/**
 * How many folded texts are kept. The same texts are folded on every answer (the question, clause
 * sentences when quotes are chosen, lexicon forms when a concept's forms are compared), and folding
 * is a pure function of its input, so a kept result is exactly what folding again would give.
 */
const KEPT = 8192;
const kept = new Map<string, string>();

/**
 * The matching form of any text, applied identically to clauses and questions: NFKC folds
 * full-width letters, digits and ％ to half width; case is folded; 千安 is the same unit as kA;
 * 百分之二十 is the same figure as 20%. Spaces between a number and its unit are dropped so
 * "400 KA" and "400KA" give one token.
 */
export function foldText(raw: string): string {
  let folded = kept.get(raw);
  if (folded === undefined) {
    folded = fold(raw);
    // Oldest first out: a burst of one-off texts (an index build) cannot grow the map without bound.
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
    kept.set(raw, folded);
  }
  return folded;
}

function fold(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/千安/g, "ka")
    .replace(/百分之([零〇一二两三四五六七八九十\d]{1,3})/g, (whole, n: string) => {
      const v = parseChineseNumeral(n);
      return v === null ? whole : `${v}%`;
    })
    .replace(/(\d)\s+(?=[a-z%])/g, "$1");
}
