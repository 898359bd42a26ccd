import { rewriteFollowUp } from "../../src/answer/follow-up/rewrite-follow-up.js";
import { defaultLexicon } from "../../src/lexicon/default-lexicon.js";
import type { ConversationTurn } from "../../src/store/conversation-store.js";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import { loadTestCorpus } from "./load-test-corpus.js";

/** A history of [question, answer, cited clause ids] exchanges, as the engine stores them. */
export function history(...exchanges: [string, string, string[]][]): ConversationTurn[] {
  return exchanges.flatMap(([q, a, ids], i) => [
    { role: "user" as const, text: q, clauseIds: ids, at: i },
    { role: "assistant" as const, text: a, clauseIds: ids, at: i },
  ]);
}

/** The follow-up rewriter over the test corpus, fed the one analysis of the new message as the engine does. */
export function createFollowUpKit() {
  const { clauses } = loadTestCorpus();
  const analyzer = createDefaultQueryAnalyzer(clauses);
  const rewrite = (text: string, turns: ConversationTurn[]) => {
    const analysis = analyzer.analyze(text);
    return rewriteFollowUp(analysis.text, turns, clauses, analysis, { analyze: (t) => analyzer.analyze(t), lexicon: defaultLexicon() });
  };
  return { clauses, analyzer, rewrite };
}
