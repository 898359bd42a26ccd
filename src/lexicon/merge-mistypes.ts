import type { ConceptMatch } from "./lexicon.js";

/** A mistype read by sound, and (for a one-character mistype) where its wrong character stands. */
export interface MistypeHit {
  match: ConceptMatch;
  typoAt?: number;
}

/**
 * The exact matches with mistypes read by sound merged in. A mistype either covers exact words and is
 * longer — the words give way: "卢碧经开区" is 炉碧经开区, not an unknown 卢碧 beside 经开区; 节能审察 is
 * 节能审查, not 节能 — or stays clear of them. Its wrong character must be one no exact match already
 * reads: 办采矿正 is 办 + the known mistype 采矿正, not a new one. Frames take no characters and stay.
 */
export function mergeMistypes(out: readonly ConceptMatch[], hits: readonly MistypeHit[]): ConceptMatch[] {
  const exact = out.filter((m) => m.via !== "frame");
  const reads = (m: ConceptMatch, at: number | undefined) => at !== undefined && m.start <= at && at < m.end;
  const kept = hits
    .filter(({ match: h, typoAt }) =>
      exact.every((m) => m.end <= h.start || h.end <= m.start || (h.start <= m.start && m.end <= h.end && h.end - h.start > m.end - m.start && !reads(m, typoAt))),
    )
    .map(({ match }) => match);
  const covered = (m: ConceptMatch) => m.via !== "frame" && kept.some((h) => h.start <= m.start && m.end <= h.end);
  return [...out.filter((m) => !covered(m)), ...kept].sort((a, b) => a.start - b.start);
}
