import { join } from "node:path";
import { codeStamp } from "../../cache/code-stamp.js";
import { cacheKey, readDerivedCache, writeDerivedCache } from "../../cache/derived-cache-file.js";
import type { ClauseFieldCounts } from "../lexical/create-lexical-retriever.js";

/** Bump when the payload's layout changes (its content is keyed by the texts and the tokeniser's code). */
export const LEXICAL_TABLES_FORMAT = 1;
export const LEXICAL_TABLES_FILE = "lexical-tables.cache.json";

/**
 * What BM25 is built from, derived from the corpus, its expansions and the lexicon: the segmenter's
 * user words and every clause's counted field tokens (clauseFieldCounts). Tokenising the clauses and
 * their expansions is most of an index build that the dense cache does not cover.
 */
export interface LexicalTables {
  userWords: string[];
  /** Per clause, in corpus order. */
  fieldCounts: ClauseFieldCounts[];
}

/**
 * On disk the tokens are numbered (a clause field is a flat [token id, count, …] list over one
 * vocabulary): a third of the size of the token lists, and far quicker to parse.
 */
interface StoredTables {
  userWords: string[];
  vocabulary: string[];
  /** Per clause, per field: [token id, count, token id, count, …] in first-occurrence order. */
  fields: number[][][];
}

export interface LexicalTablesSource {
  /** Per clause, in corpus order: its field texts (clauseFieldTexts), exactly what is tokenised. */
  fieldTexts: readonly (readonly (string | null)[])[];
  /** The lexicon's source hash: the user words include its segmenter words. */
  lexiconHash: string;
  /** The segmenter dictionary (segmenterDictionaryId): it decides how texts are cut. */
  dictionaryId: string;
}

/**
 * The key of the tables: the texts tokenised, the lexicon, the segmenter dictionary, the format and
 * the code that turns text into tokens and user words (so editing the tokeniser invalidates them).
 */
export function lexicalTablesKey(source: LexicalTablesSource): string {
  const stamp = codeStamp([
    "retrieval/analysis/create-analyzer.js",
    "retrieval/analysis/number-tokens.js",
    "retrieval/analysis/build-user-dictionary.js",
    "retrieval/lexical/create-lexical-retriever.js",
    "retrieval/lexical/bm25-index.js",
    "text/fold-text.js",
    "corpus/chinese-numerals.js",
    "lexicon/derived-tables.js",
    "lexicon/concept-schema.js",
  ]);
  return cacheKey(["lexical-tables", String(LEXICAL_TABLES_FORMAT), stamp, source.lexiconHash, source.dictionaryId, JSON.stringify(source.fieldTexts)]);
}

/** The cached tables for `key` in `<dataDir>/index`, or undefined when missing, stale, damaged or malformed. */
export function readLexicalTables(dataDir: string, key: string, clauses: number): LexicalTables | undefined {
  const stored = readDerivedCache<StoredTables>(tablesPath(dataDir), key);
  if (!stored || !Array.isArray(stored.userWords) || !Array.isArray(stored.vocabulary) || !Array.isArray(stored.fields)) return undefined;
  if (stored.fields.length !== clauses) return undefined;
  const { vocabulary } = stored;
  const fieldCounts: ClauseFieldCounts[] = [];
  for (const clause of stored.fields) {
    if (!Array.isArray(clause)) return undefined;
    const fields = [];
    for (const flat of clause) {
      if (!Array.isArray(flat) || flat.length % 2 !== 0) return undefined;
      const counts: [string, number][] = [];
      let length = 0;
      for (let i = 0; i < flat.length; i += 2) {
        const token = vocabulary[flat[i]!];
        const n = flat[i + 1]!;
        if (typeof token !== "string" || !Number.isInteger(n) || n < 1) return undefined;
        counts.push([token, n]);
        length += n;
      }
      fields.push({ counts, length });
    }
    fieldCounts.push(fields);
  }
  return { userWords: stored.userWords, fieldCounts };
}

export function writeLexicalTables(dataDir: string, key: string, tables: LexicalTables): boolean {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const fields = tables.fieldCounts.map((clause) =>
    clause.map((f) =>
      f.counts.flatMap(([token, n]) => {
        let id = ids.get(token);
        if (id === undefined) {
          id = vocabulary.length;
          ids.set(token, id);
          vocabulary.push(token);
        }
        return [id, n];
      }),
    ),
  );
  const stored: StoredTables = { userWords: tables.userWords, vocabulary, fields };
  return writeDerivedCache(tablesPath(dataDir), key, stored);
}

function tablesPath(dataDir: string): string {
  return join(dataDir, "index", LEXICAL_TABLES_FILE);
}
