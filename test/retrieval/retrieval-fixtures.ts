import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { loadCorpus, type Corpus } from "../../src/corpus/load-corpus.js";
import { synonymTable } from "../../src/lexicon/derived-tables.js";
import { buildUserDictionary } from "../../src/retrieval/analysis/build-user-dictionary.js";
import { createAnalyzer, type Analyzer } from "../../src/retrieval/analysis/create-analyzer.js";
import { loadSegmenterDictionary } from "../../src/retrieval/analysis/load-segmenter-dictionary.js";
import { createSynonymExpander } from "../../src/retrieval/analysis/synonym-expander.js";

export const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));

const created: string[] = [];

/** A fresh data directory under the OS temp dir (never the repo's .alubot), removed after the file's tests. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "alubot-retrieval-test-"));
  created.push(dir);
  return dir;
}

// Registered on the importing test file's root suite.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let corpus: Corpus | undefined;
export function realCorpus(): Corpus {
  return (corpus ??= loadCorpus(CORPUS_DIR));
}

let analyzer: Analyzer | undefined;
/** One analyzer per test file: loading jieba's dictionary is the slow part. */
export function realAnalyzer(): Analyzer {
  return (analyzer ??= createAnalyzer({
    dictionary: loadSegmenterDictionary(tempDataDir()),
    userWords: buildUserDictionary(realCorpus().clauses),
    synonyms: createSynonymExpander(synonymTable()),
  }));
}

export function idOf(c: Corpus, index: number): string {
  return c.clauses[index]!.clauseId;
}
