import type { Citation } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { rankSupport, type SentenceRelevance } from "./rank-support.js";
import type { ScoredSentence } from "./select-sentences.js";

export interface QuotedAnswer {
  direct: string;
  citations: Citation[];
}

/**
 * Rules, support measures and everything else: the best sentence is the direct answer, quoted as
 * written; further sentences of its clause follow as supporting quotes, ordered by how much of the
 * question they state (rankSupport) when `relevance` is given.
 */
export function composeQuotedAnswer(
  scored: readonly ScoredSentence[],
  max = 3,
  ratio = 0.8,
  relevance?: SentenceRelevance,
): QuotedAnswer | null {
  const picked = rankSupport(scored, max, ratio, relevance);
  const first = picked[0];
  if (!first) return null;
  const citations: Citation[] = [];
  for (const s of picked) {
    const c = buildCitation(s.clause, s.sentence);
    if (c) citations.push(c);
  }
  const direct = `根据${first.clause.label}「${first.clause.title}」：${trimEnd(first.sentence)}${formatMarker(first.clause.label)}。`;
  // The first quote is already the direct answer; keep the rest as support.
  return { direct, citations };
}

function trimEnd(s: string): string {
  return s.replace(/[。；！？]+$/, "");
}
