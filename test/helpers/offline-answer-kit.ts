import { expect } from "vitest";
import { createOfflineAnswerer } from "../../src/answer/answerer.js";
import type { AnswerDraft } from "../../src/answer/answer-draft.js";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { loadTestCorpus } from "./load-test-corpus.js";
import { createSimpleRetriever } from "./simple-retriever.js";

/**
 * The offline answerer over the test corpus, asked as the engine asks it (the one analysis, computed
 * at entry, comes with the request), with the grounding check every composer test applies.
 */
export function createOfflineAnswerKit() {
  const corpus = loadTestCorpus();
  const offline = createOfflineAnswerer(corpus);
  const retriever = createSimpleRetriever(corpus.clauses);
  const analyzer = createDefaultQueryAnalyzer(corpus.clauses);
  const clause = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;
  const answer = async (question: string) =>
    offline.answer({ question, retrieval: await retriever.retrieve(question), analysis: analyzer.analyze(question) });
  /** Every citation names a real clause, carries its parsed label/title, and quotes it verbatim. */
  const expectGrounded = (draft: Pick<AnswerDraft, "answer" | "citations">) => {
    for (const c of draft.citations) {
      const k = corpus.byKey.get(`${c.docId}#${c.clauseId}`);
      expect(k, `clause ${c.clauseId} exists`).toBeDefined();
      expect(c.label).toBe(k!.label);
      expect(c.title).toBe(k!.title);
      expect(foldForMatch(k!.text)).toContain(foldForMatch(c.quote));
      expect(draft.answer).toContain(`〔${c.label}〕`);
    }
  };
  return { corpus, analyzer, clause, answer, expectGrounded };
}
