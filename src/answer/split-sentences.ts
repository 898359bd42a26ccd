import { memoizeRecent } from "../text/recent-memo.js";

/**
 * Splits clause text into quotable sentences, verbatim. A sentence ends at 。；！？; a trailing
 * department list in parentheses stays out of the quotes (it is reported as departments instead).
 */
export function splitSentences(text: string): string[] {
  return recentSplits(text).slice();
}

/**
 * Every answer splits the same few retrieved clauses several times (scoring, emphasis, quoting); the
 * recent splits are kept, and the same sentence strings come back, so later lookups keyed by a
 * sentence (folding) find it without hashing a fresh copy. Callers get their own array.
 */
const recentSplits = memoizeRecent((text: string): readonly string[] => split(text), 256);

function split(text: string): string[] {
  const body = stripDepartmentList(text);
  const out: string[] = [];
  for (const m of body.matchAll(/[^。；！？]+[。；！？]?/g)) {
    const s = m[0].trim();
    if (s.replace(/[。；！？\s]/g, "").length >= 4) out.push(s);
  }
  return out;
}

/** The clause text without its closing "（省…厅、…）" responsibility list. */
export function stripDepartmentList(text: string): string {
  const t = text.trimEnd();
  if (!t.endsWith("）")) return t;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i];
    if (ch === "）") depth++;
    else if (ch === "（") {
      depth--;
      if (depth === 0) {
        const inner = t.slice(i + 1, -1);
        // Only a list of bodies (省…厅/局/委, 人民政府…) is a department list, not "（铝液）".
        return /(?:厅|局|委|办|分行|政府|部门)/.test(inner) && inner.length > 4 ? t.slice(0, i).trimEnd() : t;
      }
    }
  }
  return t;
}
