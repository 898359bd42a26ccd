import { pickSentences, type ScoredSentence } from "./select-sentences.js";

/** How well one sentence states what the question is about (0..1), without retrieval or cue bonuses. */
export type SentenceRelevance = (sentence: string) => number;

/** A sentence of the answer's clause this close to the answer sentence's relevance is worth quoting. */
const RELATED_SHARE = 0.5;

/**
 * The quotes behind a direct answer, most relevant first. The candidates are the sentences the
 * score-based pick shows today plus every sentence of the answer's own clause that states about as
 * much of the question (in the question's words or their synonyms) as the answer sentence does; they
 * are RANKED, not filtered, so as many quotes as before are shown (facts are not lost), but a related
 * sentence is never pushed out by one that merely shares the clause.
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
  const rel = new Map<ScoredSentence, number>(scored.map((s) => [s, relevance(s.sentence)]));
  const of = (s: ScoredSentence): number => rel.get(s) ?? 0;
  const floor = of(first) * RELATED_SHARE;
  const related = scored.filter(
    (s) => s !== first && !picked.includes(s) && s.clause.clauseId === first.clause.clauseId && of(s) > 0 && of(s) >= floor,
  );
  const candidates = [...picked.slice(1), ...related];
  // Keep today's count, growing only when more related sentences exist than today's pick showed.
  const count = Math.min(max, Math.max(picked.length, 1 + related.length + countRelated(picked.slice(1), of, floor)));
  const ordered = candidates.sort((a, b) => of(b) - of(a) || b.score - a.score);
  return [first, ...ordered].slice(0, count);
}

function countRelated(sentences: readonly ScoredSentence[], of: (s: ScoredSentence) => number, floor: number): number {
  return sentences.filter((s) => of(s) > 0 && of(s) >= floor).length;
}
