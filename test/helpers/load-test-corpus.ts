import { fileURLToPath } from "node:url";
import { buildAdmissionKnowledge, type AdmissionKnowledge } from "../../src/admission/admission-knowledge.js";
import { loadCorpus, type Corpus } from "../../src/corpus/load-corpus.js";

export const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));

let cached: { corpus: Corpus; knowledge: AdmissionKnowledge } | undefined;

/** The bundled corpus and its admission knowledge, parsed once per test file. */
export function loadTestKnowledge(): { corpus: Corpus; knowledge: AdmissionKnowledge } {
  if (!cached) {
    const corpus = loadCorpus(CORPUS_DIR);
    cached = { corpus, knowledge: buildAdmissionKnowledge(corpus) };
  }
  return cached;
}
