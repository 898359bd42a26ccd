import type { Corpus } from "../corpus/load-corpus.js";
import type { AnswerDraft } from "./answer-draft.js";
import { composeOfflineAnswer, type AnswerRequest } from "./compose-offline-answer.js";
import { defaultSynonymExpander } from "../lexicon/derived-tables.js";
import { createTermSpecificity } from "./question-focus.js";
import { defaultLexicon } from "../lexicon/default-lexicon.js";
import { buildDocumentOverview, type DocumentOverview } from "./document-overview.js";

/** Turns a standalone question plus its retrieval into a grounded draft reply. */
export interface Answerer {
  answer(req: AnswerRequest): Promise<AnswerDraft>;
  /**
   * True when this answerer wants the question even though the deterministic router would send it
   * elsewhere (the LLM agent takes "三（三）和三（四）有什么不同", which the router reads as a clause lookup).
   * Offline answerers leave it out, so offline routing never changes.
   */
  claims?(question: string): boolean;
}

export interface OfflineAnswerer extends Answerer {
  overview: DocumentOverview;
  /** Synchronous form, for the LLM answerer's fallback and for benches. */
  answerSync(req: AnswerRequest): AnswerDraft;
}

export function createOfflineAnswerer(corpus: Corpus): OfflineAnswerer {
  const overview = buildDocumentOverview(corpus);
  const deps = {
    overview,
    clauses: corpus.clauses,
    specificity: createTermSpecificity(corpus.clauses),
    lexicon: defaultLexicon(),
    synonyms: defaultSynonymExpander(),
  };
  const answerSync = (req: AnswerRequest) => composeOfflineAnswer(req, deps);
  return { overview, answerSync, answer: async (req) => answerSync(req) };
}
