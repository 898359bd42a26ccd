import { fileURLToPath } from "node:url";
import { buildAdmissionKnowledge, type AdmissionKnowledge } from "../../src/admission/admission-knowledge.js";
import { loadCorpus, type Corpus } from "../../src/corpus/load-corpus.js";

export const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));
export const SECOND_DOC_DIR = fileURLToPath(new URL("../fixtures/second-doc", import.meta.url));

let corpus: Corpus | undefined;
let knowledge: AdmissionKnowledge | undefined;

/** The real corpus, parsed once per test file. */
export function loadTestCorpus(): Corpus {
  return (corpus ??= loadCorpus(CORPUS_DIR));
}

/** The bundled corpus and its admission knowledge, parsed once per test file. */
export function loadTestKnowledge(): { corpus: Corpus; knowledge: AdmissionKnowledge } {
  const c = loadTestCorpus();
  return { corpus: c, knowledge: (knowledge ??= buildAdmissionKnowledge(c)) };
}
