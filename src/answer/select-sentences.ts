import type { Clause } from "../corpus/clause-schema.js";
import type { RetrievalHit } from "../retrieval/retriever.js";
import type { QuestionType } from "./question-type.js";
import { loadQuestionCues } from "./question-cues.js";
import { extractPlaces } from "./extract-places.js";
import { overlapScore } from "./question-terms.js";
import { splitSentences } from "./split-sentences.js";
import { foldText } from "../text/fold-text.js";

const RETRIEVAL_WEIGHT = 0.5;
/** A sentence that states every concept asked about gains this much: "边探边采" finds the 以探代采 sentence. */
const CONCEPT_WEIGHT = 0.8;


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
export function scoreSentences(
  hits: readonly RetrievalHit[],
  terms: readonly string[],
  type: QuestionType,
  /** Per concept the question names: its folded document forms. A sentence stating them answers it. */
  conceptForms: readonly (readonly string[])[] = [],
  /** Per concept of `conceptForms`, how much it counts (1 when absent): see conceptEmphasis. */
  emphasis: readonly number[] = [],
): ScoredSentence[] {
  const cues = loadQuestionCues();
  const out: ScoredSentence[] = [];
  // A concept stated in one sentence (以探代采) says more about which sentence answers than one stated
  // in most of them (铝土矿): each concept weighs the inverse of how many candidate sentences state it.
  const candidates = hits.flatMap((h) => splitSentences(h.clause.text).map(foldText));
  const weights = conceptForms.map((forms, i) => (emphasis[i] ?? 1) / Math.max(1, candidates.filter((s) => forms.some((f) => s.includes(f))).length));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const top = hits[0]?.score ?? 0;
  hits.forEach((hit, rank) => {
    // The retriever knows synonyms and paraphrases the literal overlap misses ("汽车减重" ≈ 轻量化).
    const retrieval = top > 0 ? RETRIEVAL_WEIGHT * Math.max(0, hit.score / top) : 0;
    for (const sentence of splitSentences(hit.clause.text)) {
      let score = overlapScore(terms, sentence) + 0.5 * overlapScore(terms, hit.clause.title) + retrieval;
      if (totalWeight > 0) {
        const folded = foldText(sentence);
        const stated = conceptForms.reduce((sum, forms, i) => sum + (forms.some((f) => folded.includes(f)) ? weights[i]! : 0), 0);
        score += (CONCEPT_WEIGHT * stated) / totalWeight;
      }
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
