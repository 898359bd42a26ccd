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

export function createSubstringIndex<T>(items: readonly T[], formOf: (item: T) => string): SubstringIndex<T> {
  const single = new Map<string, { item: T; form: string }[]>();
  const pairs = new Map<string, { item: T; form: string }[]>();
  for (const item of items) {
    const form = formOf(item);
    if (form.length === 0) continue;
    const table = form.length === 1 ? single : pairs;
    const key = form.slice(0, 2);
    const list = table.get(key);
    if (list) list.push({ item, form });
    else table.set(key, [{ item, form }]);
  }
  return {
    occurrences(text) {
      const out: { item: T; start: number; end: number }[] = [];
      for (let i = 0; i < text.length; i++) {
        for (const e of single.get(text[i]!) ?? []) out.push({ item: e.item, start: i, end: i + 1 });
        if (i + 1 >= text.length) continue;
        for (const e of pairs.get(text.slice(i, i + 2)) ?? []) if (text.startsWith(e.form, i)) out.push({ item: e.item, start: i, end: i + e.form.length });
      }
      return out;
    },
  };
}
