import type { Clause } from "../corpus/clause-schema.js";
import type { RetrievalHit } from "../retrieval/retriever.js";
import type { QuestionType } from "./question-type.js";
import { loadQuestionCues } from "./question-cues.js";
import { extractPlaces } from "./extract-places.js";
import { overlapScore } from "./question-terms.js";
import { splitSentences } from "./split-sentences.js";

const RETRIEVAL_WEIGHT = 0.5;

export interface ScoredSentence {
  clause: Clause;
  sentence: string;
  score: number;
  /** Retrieval rank of the clause (0 = best). */
  rank: number;
}

/**
 * Scores every sentence of the retrieved clauses for one question: topic overlap, a bonus for the
 * kind of sentence the question type needs (a place list, a rule, a support measure), and a small
 * decay by retrieval rank so the retriever's order still counts.
 */
export function scoreSentences(hits: readonly RetrievalHit[], terms: readonly string[], type: QuestionType): ScoredSentence[] {
  const cues = loadQuestionCues();
  const out: ScoredSentence[] = [];
  const top = hits[0]?.score ?? 0;
  hits.forEach((hit, rank) => {
    // The retriever knows synonyms and paraphrases the literal overlap misses ("汽车减重" ≈ 轻量化).
    const retrieval = top > 0 ? RETRIEVAL_WEIGHT * Math.max(0, hit.score / top) : 0;
    for (const sentence of splitSentences(hit.clause.text)) {
      let score = overlapScore(terms, sentence) + 0.5 * overlapScore(terms, hit.clause.title) + retrieval;
      if (type === "where") score += extractPlaces(sentence).length > 0 ? 0.6 : -0.3;
      if (type === "rule") score += 0.1 * Math.min(3, countWords(sentence, cues.ruleWords));
      if (type === "support") score += 0.1 * Math.min(3, countWords(sentence, cues.supportWords));
      score *= 1 - Math.min(rank, 5) * 0.06;
      out.push({ clause: hit.clause, sentence, score, rank });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

function countWords(s: string, words: readonly string[]): number {
  return words.filter((w) => s.includes(w)).length;
}

/**
 * The best sentences, at most `max`, each within `ratio` of the best score, from the best sentence's
 * clause only (a second clause when `maxClauses` allows): citing fewer, surer clauses keeps citation
 * precision high.
 */
export function pickSentences(scored: readonly ScoredSentence[], max = 3, ratio = 0.8, maxClauses = 1): ScoredSentence[] {
  const best = scored[0];
  if (!best || best.score <= 0) return [];
  const picked: ScoredSentence[] = [];
  const clauses = new Set<string>();
  for (const s of scored) {
    if (picked.length >= max || s.score < best.score * ratio) break;
    if (!clauses.has(s.clause.clauseId) && clauses.size >= maxClauses) continue;
    clauses.add(s.clause.clauseId);
    picked.push(s);
  }
  return picked;
}
