import { join } from "node:path";
import { codeStamp } from "../cache/code-stamp.js";
import { cacheKey, readDerivedCache, writeDerivedCache } from "../cache/derived-cache-file.js";
import type { Concept, LexiconSection } from "./concept-schema.js";
import { deriveLexiconTables, lexiconFromTables, validateLexiconSections, type Lexicon, type LexiconTables } from "./lexicon.js";

/** Bump when the cached payload's layout changes (its content is keyed by the data and the schema code). */
export const LEXICON_CACHE_FORMAT = 2;
export const LEXICON_CACHE_FILE = "lexicon.cache.json";

/**
 * The lexicon, with its validation done once per version of the data and of the code that derives it:
 * the validated concepts (zod per entry) and the tables assembling derives from them (every form
 * folded and keyed, the checks across entries passed; see LexiconTables) are kept in
 * `<cacheDir>/lexicon.cache.json`, keyed by a hash of the sections and of that code. On a hit only
 * maps and indices are built; a missing, stale or damaged file means the sections are validated and
 * assembled again and the file rewritten.
 */
export function loadLexiconCached(sections: readonly LexiconSection[], sourceHash: string, cacheDir: string): { lexicon: Lexicon; source: "cached" | "built" } {
  const key = lexiconCacheKey(sourceHash);
  const path = join(cacheDir, LEXICON_CACHE_FILE);
  const cached = readDerivedCache<{ concepts: Concept[]; tables: LexiconTables }>(path, key);
  if (cached && Array.isArray(cached.concepts) && cached.tables && Array.isArray(cached.tables.surfaces) && Array.isArray(cached.tables.ancestors)) {
    try {
      return { lexicon: lexiconFromTables(cached.concepts, cached.tables), source: "cached" };
    } catch {
      // A cache that no longer assembles is not trusted: validate the sources below.
    }
  }
  const concepts = validateLexiconSections(sections);
  const tables = deriveLexiconTables(concepts);
  writeDerivedCache(path, key, { concepts, tables });
  return { lexicon: lexiconFromTables(concepts, tables), source: "built" };
}

/**
 * The code whose output is cached: the schema trims and fills defaults; assembling folds and keys
 * every form (fold-text and the Chinese numerals it reads, english-canon, the spoken alternates) and
 * runs the checks. NFKC and lower-casing follow the runtime's Unicode version.
 */
const DERIVING_CODE = [
  "lexicon/concept-schema.js", "lexicon/lexicon.js", "lexicon/spoken-question-words.js",
  "text/fold-text.js", "corpus/chinese-numerals.js", "text/english-canon.js",
];

function lexiconCacheKey(sourceHash: string): string {
  return cacheKey(["lexicon", String(LEXICON_CACHE_FORMAT), sourceHash, codeStamp(DERIVING_CODE), `unicode-${process.versions.unicode}`]);
}
