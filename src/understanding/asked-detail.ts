import { detailCues, type DetailCue, type DetailName } from "../lexicon/data/detail-cues.js";
import { statedUnitClasses } from "../retrieval/analysis/figure-question.js";

const BY_NAME = new Map(detailCues.details.map((d) => [d.name, d]));

/** The details a folded question asks for (detail-cues.ts), in the data's order. */
export function findAskedDetails(folded: string): DetailName[] {
  return detailCues.details.filter((d) => d.asks.some((a) => folded.includes(a))).map((d) => d.name);
}

export function detailCue(name: DetailName): DetailCue {
  return BY_NAME.get(name)!;
}

/** A time by which something happens (到2027年, 2025年底前, 年内): a year in a title (2020年本) is no date of it. */
const DATE = /(?:到|至|于|在)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年\s*(?:底|前|以前|之前|内|起)|\d{1,2}\s*月底|年底|年内|期限/;

/** True when a folded sentence gives the detail: one of its words, a figure of its kinds, or a date. */
export function statesDetail(name: DetailName, folded: string): boolean {
  const d = detailCue(name);
  if (d.stated.some((w) => folded.includes(w))) return true;
  if (d.statedDates && DATE.test(folded)) return true;
  if (d.statedFigures.length) {
    const stated = statedUnitClasses(folded);
    if (d.statedFigures.some((f) => stated.has(f))) return true;
  }
  return false;
}
