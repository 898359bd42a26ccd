import { parseChineseNumeral } from "../corpus/chinese-numerals.js";
import { memoizeRecent } from "./recent-memo.js";

/**
 * How many folded texts are kept: the question, clause sentences when quotes are chosen, and lexicon
 * forms when a concept's forms are compared are folded again on every answer.
 */
const KEPT = 8192;

/**
 * The matching form of any text, applied identically to clauses and questions: NFKC folds
 * full-width letters, digits and ％ to half width; case is folded; 千安 is the same unit as kA;
 * 百分之二十 is the same figure as 20%. Spaces between a number and its unit are dropped so
 * "400 KA" and "400KA" give one token.
 */
export const foldText: (raw: string) => string = memoizeRecent(fold, KEPT);

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
