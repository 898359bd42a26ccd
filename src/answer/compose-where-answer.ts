import type { Citation } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { extractPlaces } from "./extract-places.js";
import type { ScoredSentence } from "./select-sentences.js";

export interface WhereAnswer {
  direct: string;
  citations: Citation[];
}

/** "哪些园区": the places the best place-listing sentence names, verbatim, then that sentence. */
export function composeWhereAnswer(scored: readonly ScoredSentence[]): WhereAnswer | null {
  const best = scored.find((s) => s.score > 0 && extractPlaces(s.sentence).length > 0);
  if (!best) return null;
  // Other place lists of the same clause that score close (再生铝 projects and 废铝 recycling bases).
  const sentences = scored
    .filter((s) => s.clause === best.clause && s.score >= best.score * 0.7 && extractPlaces(s.sentence).length > 0)
    .slice(0, 2);
  const places = [...new Set(sentences.flatMap((s) => extractPlaces(s.sentence)))];
  const citations = sentences.map((s) => buildCitation(s.clause, s.sentence)).filter((c): c is Citation => c !== null);
  if (citations.length === 0) return null;
  const direct = `${best.clause.label}「${best.clause.title}」点名的园区/地区有：${places.join("、")}${formatMarker(best.clause.label)}。`;
  return { direct, citations };
}
