import { fileURLToPath } from "node:url";
import { loadCorpus, type Corpus } from "../../src/corpus/load-corpus.js";

export const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));
export const SECOND_DOC_DIR = fileURLToPath(new URL("../fixtures/second-doc", import.meta.url));

let cached: Corpus | undefined;
/** The real corpus, parsed once per test file. */
export function loadTestCorpus(): Corpus {
  return (cached ??= loadCorpus(CORPUS_DIR));
}
