/**
 * Text normalization for PDF-extracted Chinese policy text. Two levels:
 * - `normalizeClauseText` rebuilds readable display text (full-width punctuation in Chinese context,
 *   no spaces around CJK), keeping every figure and unit as written;
 * - `foldForMatch` is a lossy key used only to compare strings (quotes, citations), never shown.
 */

import { memoizeRecent } from "../text/recent-memo.js";

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const CJK_PUNCT = "\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2018-\\u201f\\u2014\\u2026";
const CJK_OR_PUNCT = `[${CJK}${CJK_PUNCT}]`;

/** Full-width ASCII → half-width (letters, digits, %, etc.); ideographic space → space. */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Joins physical lines into one paragraph string (the PDF breaks lines at a fixed width). */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => l.trim()).join("");
}

/**
 * Normalizes one paragraph of Chinese text for display: whitespace removed next to CJK characters,
 * half-width , ; : ( ) turned full-width when they sit in Chinese context. Digits, letters, % and /
 * are left exactly as written so figures stay verbatim.
 */
export function normalizeClauseText(s: string): string {
  let t = s.replace(/[\r\n\t]+/g, "").replace(/[\u200b-\u200d\ufeff]/g, "");
  t = t.replace(/[\u00a0\u3000]/g, " ");
  // Spaces next to CJK or CJK punctuation are layout artifacts: "到 2027 年" → "到2027年".
  t = t.replace(new RegExp(`\\s+(?=${CJK_OR_PUNCT})`, "g"), "");
  t = t.replace(new RegExp(`(?<=${CJK_OR_PUNCT})\\s+`, "g"), "");
  t = t.replace(/ {2,}/g, " ").trim();
  // Half-width punctuation used as Chinese punctuation; a comma between two digits (1,000) is kept.
  t = t.replace(/,(?!\d)|(?<!\d),/g, "，");
  t = t.replace(/;/g, "；");
  t = t.replace(/:(?!\d)/g, "：");
  t = t.replace(/\(/g, "（").replace(/\)/g, "）");
  return t;
}

/**
 * How many comparison keys are kept: every answer folds the same clause sentences and titles again when
 * it scores and checks quotes (a few hundred texts for the whole corpus), next to the question's own.
 */
const KEPT_KEYS = 4096;

/**
 * Comparison key: width-folded, lower-cased, punctuation and whitespace removed, 千安 → ka.
 * Used to check that a quote occurs in a clause regardless of ,/， or spacing differences.
 */
export const foldForMatch: (s: string) => string = memoizeRecent(foldForMatchOnce, KEPT_KEYS);

function foldForMatchOnce(s: string): string {
  return foldWidth(s.normalize("NFKC"))
    .toLowerCase()
    .replace(/千安/g, "ka")
    .replace(/[\s\p{P}\p{S}]/gu, (c) => (c === "%" || c === "/" || c === "." ? c : ""));
}

const HAN_RE = /[\u3400-\u9fff]/;
export function hasHan(s: string): boolean {
  return HAN_RE.test(s);
}
