/**
 * Every occurrence, in a text, of every string of a fixed set (lexicon forms, synonym terms). Forms are
 * bucketed by their first two code units, so a position is compared only with the few forms that
 * start with the same pair: a bucket by first character alone holds hundreds of forms for 铝 or 产
 * and was the largest cost of a warm answer. One-unit forms keep a bucket of their own.
 */
export interface SubstringIndex<T> {
  /** All (item, start) pairs whose form occurs at start; order is unspecified — callers sort. */
  occurrences(text: string): { item: T; start: number; end: number }[];
}

/**
 * Buckets are keyed by the code units as a number, not by a two-character string: slicing the text at
 * every position allocated a string and hashed it, which cost as much as the comparisons it saves.
 */
function pairKey(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

export function createSubstringIndex<T>(items: readonly T[], formOf: (item: T) => string): SubstringIndex<T> {
  const single = new Map<number, { item: T; form: string }[]>();
  const pairs = new Map<number, { item: T; form: string }[]>();
  for (const item of items) {
    const form = formOf(item);
    if (form.length === 0) continue;
    const table = form.length === 1 ? single : pairs;
    const key = form.length === 1 ? form.charCodeAt(0) : pairKey(form, 0);
    const list = table.get(key);
    if (list) list.push({ item, form });
    else table.set(key, [{ item, form }]);
  }
  return {
    occurrences(text) {
      const out: { item: T; start: number; end: number }[] = [];
      for (let i = 0; i < text.length; i++) {
        for (const e of single.get(text.charCodeAt(i)) ?? []) out.push({ item: e.item, start: i, end: i + 1 });
        if (i + 1 >= text.length) continue;
        for (const e of pairs.get(pairKey(text, i)) ?? []) if (text.startsWith(e.form, i)) out.push({ item: e.item, start: i, end: i + e.form.length });
      }
      return out;
    },
  };
}
