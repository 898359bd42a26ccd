import { foldWidth } from "../../corpus/normalize-text.js";

/** Arabic figures in a text ("800", "20", "2.5", "1,000" → "1000"), width-folded. */
export function extractNumbers(text: string): string[] {
  const t = foldWidth(text).replace(/(\d),(?=\d{3})/g, "$1");
  return [...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

/** True when `num` occurs in `text` as a whole figure (20 is not found inside 2020 or 200). */
export function containsNumber(text: string, num: string): boolean {
  return extractNumbers(text).includes(num);
}
