import { expandShortYears } from "../retrieval/analysis/expand-short-years.js";
import { toSimplified } from "../text/to-simplified.js";

/**
 * The display-normal form of a user's message, the one text every later step reads: Unicode NFKC
 * (full-width letters and digits, compatibility forms), traditional characters → simplified
 * (OpenCC, generic traditional incl. Taiwan and Hong Kong forms), whitespace collapsed, and
 * two-digit policy years written out (27年 → 2027年). Figures and wording are otherwise kept as typed.
 */
export function normalizeQuery(raw: string): string {
  // NFKC per character, except Chinese full-width punctuation (，：（）…), which is how Chinese is written.
  const nfkc = raw.replace(/[^\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u3000-\u303f]+/g, (run) => run.normalize("NFKC")).replace(/[\u200b-\u200d\ufeff]/g, "");
  return expandShortYears(toSimplified(nfkc).replace(/\s+/g, " ").trim());
}
