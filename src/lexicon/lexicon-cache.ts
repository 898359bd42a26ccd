import { join } from "node:path";
import { codeStamp } from "../cache/code-stamp.js";
import { cacheKey, readDerivedCache, writeDerivedCache } from "../cache/derived-cache-file.js";
import type { Concept, LexiconSection } from "./concept-schema.js";
import { assembleLexicon, validateLexiconSections, type Lexicon } from "./lexicon.js";

/** Bump when the cached payload's layout changes (its content is keyed by the data and the schema code). */
export const LEXICON_CACHE_FORMAT = 1;
export const LEXICON_CACHE_FILE = "lexicon.cache.json";

/**
 * The lexicon, with its per-entry schema validation (zod, most of the load time) done once per version
 * of the data: the validated concepts are kept in `<cacheDir>/lexicon.cache.json`, keyed by a hash of
 * the sections and of the schema's code. On a hit only the cross-entry checks run (assembleLexicon);
 * a missing, stale or damaged file means the sections are validated again and the file rewritten.
 */
export function loadLexiconCached(sections: readonly LexiconSection[], sourceHash: string, cacheDir: string): { lexicon: Lexicon; source: "cached" | "built" } {
  const key = lexiconCacheKey(sourceHash);
  const path = join(cacheDir, LEXICON_CACHE_FILE);
  const cached = readDerivedCache<{ concepts: Concept[] }>(path, key);
  if (cached && Array.isArray(cached.concepts)) {
    try {
      return { lexicon: assembleLexicon(cached.concepts), source: "cached" };
    } catch {
      // A cache that no longer assembles is not trusted: validate the sources below.
    }
  }
  const concepts = validateLexiconSections(sections);
  const lexicon = assembleLexicon(concepts);
  writeDerivedCache(path, key, { concepts });
  return { lexicon, source: "built" };
}

function lexiconCacheKey(sourceHash: string): string {
  // The schema trims and fills defaults: its code shapes the cached concepts as much as the data does.
  return cacheKey(["lexicon", String(LEXICON_CACHE_FORMAT), sourceHash, codeStamp(["lexicon/concept-schema.js"])]);
}
