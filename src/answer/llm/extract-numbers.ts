import { parseChineseNumeral } from "../../corpus/chinese-numerals.js";
import { foldWidth } from "../../corpus/normalize-text.js";

/**
 * Figures in a text, as digit strings: Arabic ("800", "2.5", "1,000" → "1000") and the Chinese forms a
 * model may use to restate one (百分之二十五 → "25"), so a changed figure cannot hide in words.
 */
export function extractNumbers(text: string): string[] {
  const t = foldWidth(text)
    .replace(/(\d),(?=\d{3})/g, "$1")
    .replace(/百分之([零〇一二两三四五六七八九十]{1,3})/g, (m, n: string) => {
      const v = parseChineseNumeral(n);
      return v === null ? m : `${v}%`;
    });
  return [...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

/** True when `num` occurs in `text` as a whole figure (20 is not found inside 2020 or 200). */
export function containsNumber(text: string, num: string): boolean {
  return extractNumbers(text).includes(num);
}
