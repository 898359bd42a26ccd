import { LEXICON_SECTIONS } from "./data/index.js";
import { buildLexicon, type Lexicon } from "./lexicon.js";

let cached: Lexicon | null = null;

/** The shipped lexicon, validated once per process on first use (a malformed entry fails loudly here). */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(LEXICON_SECTIONS);
  return cached;
}
