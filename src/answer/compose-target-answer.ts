import type { Clause, Target } from "../corpus/clause-schema.js";
import type { RetrievalHit } from "../retrieval/retriever.js";
import type { Citation } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { extractYears, overlapScore, topicTerms } from "./question-terms.js";
import { splitSentences } from "./split-sentences.js";
import { foldText } from "../text/fold-text.js";

/** Retrieval alone (0.2 for the top hit) plus some topic overlap; below it the question is not about a figure. */
const MIN_TARGET_SCORE = 0.22;
const RETRIEVAL_WEIGHT = 0.2;

export interface TargetAnswer {
  direct: string;
  citations: Citation[];
}

interface Candidate {
  clause: Clause;
  target: Target;
  score: number;
}

/**
 * Answers "到2027年…多少" from the targets the parser extracted: the figure is the clause's own text
 * (Target.source), never recomputed. A year the document sets no figure for is said plainly, with
 * what the document does say about that year.
 */
export function composeTargetAnswer(
  question: string,
  terms: readonly string[],
  hits: readonly RetrievalHit[],
  allClauses: readonly Clause[] = [],
  /** Folded forms of each metric the question names: a target stating none of them is another figure. */
  metricForms: readonly (readonly string[])[] = [],
): TargetAnswer | null {
  const years = extractYears(question);
  const candidates: Candidate[] = [];
  const top = hits[0]?.score ?? 0;
  const ofMetric = (t: Target) => metricForms.length === 0 || metricForms.some((forms) => forms.some((f) => foldText(`${t.metric}${t.source}`).includes(f)));
  hits.forEach((hit, rank) => {
    const retrieval = top > 0 ? RETRIEVAL_WEIGHT * Math.max(0, hit.score / top) : 0;
    for (const target of hit.clause.targets) {
      if (!ofMetric(target)) continue;
      // Both directions: the question's terms in the target, and the metric's own terms in the question,
      // so 原铝就地转化率 prefers 原铝（铝液）就地转化率 over 氧化铝就地转化率.
      const overlap = overlapScore(terms, `${target.metric}${target.source}`) + 0.5 * overlapScore(topicTerms(target.metric), terms.join(" "));
      const score = overlap * (1 - Math.min(rank, 5) * 0.02) + retrieval;
      candidates.push({ clause: hit.clause, target, score });
    }
  });
  const matching = candidates.filter((c) => years.length === 0 || years.includes(c.target.year));
  matching.sort((a, b) => b.score - a.score);
  const best = matching[0];
  const topicless = terms.length === 0;
  if (best && (best.score >= MIN_TARGET_SCORE || topicless)) {
    const chosen = topicless ? matching.filter((c) => c.clause.clauseId === best.clause.clauseId).slice(0, 4) : matching.filter((c) => c.clause === best.clause && c.score >= best.score * 0.97).slice(0, 2);
    const parts = chosen.map((c) => `${c.target.source}${formatMarker(c.clause.label)}`);
    const direct = `到${best.target.year}年，${parts.join("；")}。`;
    return { direct, citations: citeSources(chosen) };
  }
  // "No figure for that year" only when the retrieved clauses set none for it at all.
  if (years.length > 0 && matching.length === 0) {
    // The retriever may not surface the one clause that mentions a year at all; the corpus does.
    const pool = [...hits.map((h) => h.clause), ...allClauses];
    return composeYearWithoutFigure(years[0]!, terms, pool);
  }
  return null;
}

function citeSources(chosen: readonly Candidate[]): Citation[] {
  const citations: Citation[] = [];
  for (const c of chosen) {
    const sentence = splitSentences(c.clause.text).find((s) => s.includes(c.target.source)) ?? c.target.source;
    const citation = buildCitation(c.clause, sentence);
    if (citation && !citations.some((x) => x.clauseId === citation.clauseId && x.quote === citation.quote)) citations.push(citation);
  }
  return citations;
}

/** "2035年呢？" when the document sets no 2035 figure for the topic: quote what it says for 2035. */
function composeYearWithoutFigure(year: number, terms: readonly string[], pool: readonly Clause[]): TargetAnswer | null {
  const yearText = `${year}年`;
  let best: { clause: Clause; sentence: string; score: number } | null = null;
  for (const clause of pool) {
    for (const sentence of splitSentences(clause.text)) {
      if (!sentence.includes(yearText)) continue;
      const score = overlapScore(terms, sentence) + 0.01;
      if (!best || score > best.score) best = { clause, sentence, score };
    }
  }
  if (!best) return null;
  const citation = buildCitation(best.clause, best.sentence);
  if (!citation) return null;
  return {
    direct: `文件没有为该事项设定${yearText}的具体数值；关于${yearText}，文件的表述见${formatMarker(best.clause.label)}。`,
    citations: [citation],
  };
}
