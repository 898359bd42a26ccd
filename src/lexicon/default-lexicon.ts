import { createHash } from "node:crypto";
import { LEXICON_SECTIONS } from "./data/index.js";
import { loadLexiconCached } from "./lexicon-cache.js";
import { buildLexicon, type Lexicon } from "./lexicon.js";

let cached: Lexicon | null = null;
let sourceHash: string | null = null;

/** The shipped lexicon, validated once per process on first use (a malformed entry fails loudly here). */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(LEXICON_SECTIONS);
  return cached;
}

/**
 * Loads the shipped lexicon through the derived cache in `cacheDir` (the composition root passes
 * `<dataDir>/index`), unless it is loaded already; later defaultLexicon() calls return it. The cache
 * skips only the per-entry schema pass, and only for data it has validated before.
 */
export function primeDefaultLexicon(cacheDir: string): Lexicon {
  cached ??= loadLexiconCached(LEXICON_SECTIONS, defaultLexiconSourceHash(), cacheDir).lexicon;
  return cached;
}

/** A hash of the shipped lexicon's data as written (before validation): the key of what is derived from it. */
export function defaultLexiconSourceHash(): string {
  sourceHash ??= createHash("sha256").update(JSON.stringify(LEXICON_SECTIONS)).digest("hex");
  return sourceHash;
}
