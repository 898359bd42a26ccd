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
  const places = extractPlaces(best.sentence);
  const citation = buildCitation(best.clause, best.sentence);
  if (!citation) return null;
  const direct = `${best.clause.label}「${best.clause.title}」点名的园区/地区有：${places.join("、")}${formatMarker(best.clause.label)}。`;
  return { direct, citations: [citation] };
}
