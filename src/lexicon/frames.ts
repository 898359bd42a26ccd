import type { EnglishCanon } from "../text/english-canon.js";
import type { ConceptMatch } from "./lexicon.js";

/**
 * Frames: words that name a concept only together, apart in a question (申请…材料). See `frames` in
 * concept-schema.ts; the lexicon compiles the words and calls findFrame after exact matching.
 */

/** Characters from the first word of a frame to the end of its last (申请专项资金的表格: 9). */
export const FRAME_SPAN = 16;
export const FRAME_SPAN_LATIN = 96;

export interface FrameWord {
  form: string;
  re: RegExp | null;
}

/** The shortest stretch holding one word of every group, if it is at most FRAME_SPAN long. */
export function findFrame(
  folded: string,
  groups: readonly (readonly FrameWord[])[],
  exact: readonly ConceptMatch[],
  /** The text's canonical English view (canonEnglish), where Latin words are found. */
  view?: EnglishCanon,
): { start: number; end: number } | null {
  // A frame word inside a longer word the lexicon knows is not that word: 材料 in 新材料 is no form.
  // Another frame's stretch is no word: frames take no characters ("how many … companies … so far" is
  // both the enterprise count and, with "so far", today's statistics).
  const insideLonger = (start: number, end: number) =>
    exact.some((m) => m.via !== "frame" && m.start <= start && end <= m.end && m.end - m.start > end - start);
  const hits = groups.map((g) => {
    const out: { start: number; end: number }[] = [];
    for (const w of g) {
      if (w.re) {
        if (!view) continue;
        w.re.lastIndex = 0;
        for (let m = w.re.exec(view.text); m; m = w.re.exec(view.text)) out.push({ start: view.start[m.index]!, end: view.end[m.index + m[0].length - 1]! });
      } else {
        for (let i = folded.indexOf(w.form); i >= 0; i = folded.indexOf(w.form, i + 1)) out.push({ start: i, end: i + w.form.length });
      }
    }
    return out.filter((h) => !insideLonger(h.start, h.end));
  });
  if (hits.some((h) => h.length === 0)) return null;
  let best: { start: number; end: number } | null = null;
  // Few groups and few hits each: trying every anchor in the first group and the nearest of the others suffices.
  for (const a of hits[0]!) {
    let start = a.start, end = a.end;
    for (const h of hits.slice(1)) {
      const near = h.reduce((x, y) => (spanWith(a, y) < spanWith(a, x) ? y : x));
      start = Math.min(start, near.start);
      end = Math.max(end, near.end);
    }
    // English says the same in more letters: "how many tons … capacity … right now".
    const limit = /[a-z]/.test(folded.slice(start, end)) ? FRAME_SPAN_LATIN : FRAME_SPAN;
    if (end - start <= limit && (!best || end - start < best.end - best.start)) best = { start, end };
  }
  return best;
}

const spanWith = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(a.end, b.end) - Math.min(a.start, b.start);
