import { pickSentences, type ScoredSentence } from "./select-sentences.js";

/** How well one sentence states what the question is about (0..1), without retrieval or cue bonuses. */
export type SentenceRelevance = (sentence: string) => number;

/** A sentence this close to the answer sentence's relevance is related enough to add one more quote. */
const RELATED_SHARE = 0.5;

/**
 * The quotes behind a direct answer: the answer sentence first, then the other sentences of its
 * clause RANKED by how much of the question they state (in the question's words or their synonyms),
 * the score breaking ties. Nothing is filtered out: as many quotes are shown as the score-based pick
 * shows (so facts are not lost), one more per related sentence up to `max`, but a sentence that
 * merely shares the clause can no longer push out one about what was asked.
 */
export function rankSupport(
  scored: readonly ScoredSentence[],
  max: number,
  ratio: number,
  relevance?: SentenceRelevance,
): ScoredSentence[] {
  const picked = pickSentences(scored, max, ratio);
  const first = picked[0];
  if (!first || !relevance) return picked;
  const rel = new Map<ScoredSentence, number>();
  const of = (s: ScoredSentence): number => {
    let r = rel.get(s);
    if (r === undefined) rel.set(s, (r = relevance(s.sentence)));
    return r;
  };
  const rest = scored.filter((s) => s !== first && s.clause.clauseId === first.clause.clauseId);
  const floor = of(first) * RELATED_SHARE;
  const related = rest.filter((s) => of(s) > 0 && of(s) >= floor).length;
  const count = Math.min(max, Math.max(picked.length, 1 + related));
  const ordered = [...rest].sort((a, b) => of(b) - of(a) || b.score - a.score);
  return [first, ...ordered].slice(0, count);
}
