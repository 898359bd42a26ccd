/**
 * Latin (English, pinyin) terms are matched by word patterns of the form (?<![a-z])head…, so a term
 * can only match where its first word starts a run of [a-z0-9] that is not preceded by a letter.
 * Checking every one of thousands of English terms with text.includes(head) on every text with a
 * digit or letter was a large share of a warm answer; this index looks up only the heads that such
 * runs of the text begin with. It is a pre-filter: callers still run each candidate's own pattern,
 * so results are exactly what testing every term would give. Heads with other characters (an
 * apostrophe, an accent) are always candidates.
 */
export interface LatinHeadIndex<T> {
  candidates(text: string): T[];
}

const ALNUM = /[a-z0-9]/;
const LOWER = /[a-z]/;

export function createLatinHeadIndex<T>(items: readonly T[], headOf: (item: T) => string): LatinHeadIndex<T> {
  const byHead = new Map<string, T[]>();
  const always: T[] = [];
  let longest = 0;
  for (const item of items) {
    const head = headOf(item);
    if (!/^[a-z0-9]+$/.test(head)) {
      always.push(item);
      continue;
    }
    longest = Math.max(longest, head.length);
    const list = byHead.get(head);
    if (list) list.push(item);
    else byHead.set(head, [item]);
  }
  return {
    candidates(text) {
      const out = [...always];
      const seen = new Set<string>();
      for (let i = 0; i < text.length; i++) {
        if (!ALNUM.test(text[i]!) || (i > 0 && LOWER.test(text[i - 1]!))) continue;
        // Prefixes no longer than the longest head: a long digit run stays linear.
        for (let k = i + 1; k <= Math.min(text.length, i + longest) && ALNUM.test(text[k - 1]!); k++) {
          const prefix = text.slice(i, k);
          if (seen.has(prefix)) continue;
          seen.add(prefix);
          const list = byHead.get(prefix);
          if (list) out.push(...list);
        }
      }
      return out;
    },
  };
}
