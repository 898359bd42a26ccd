/** One field of a document: its tokens and how much a match in it counts (title above body). */
export interface WeightedField {
  tokens: readonly string[];
  weight: number;
}

export interface Bm25Index {
  /** Scores every document for a weighted query bag; returns [docIndex, score] with score > 0, best first. */
  search(query: ReadonlyMap<string, number>): [number, number][];
  /** Inverse document frequency of a token (0 for tokens absent from every document). */
  idf(token: string): number;
  size: number;
}

/**
 * BM25F in its simple form: field term frequencies are summed with field weights before the
 * saturation, so a title match raises a score without letting repeated body words run away.
 */
export function createBm25Index(docs: readonly WeightedField[][], params = { k1: 1.2, b: 0.75 }): Bm25Index {
  const bags: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (const fields of docs) {
    const bag = new Map<string, number>();
    let len = 0;
    for (const f of fields) {
      for (const t of f.tokens) bag.set(t, (bag.get(t) ?? 0) + f.weight);
      len += f.tokens.length * f.weight;
    }
    for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    bags.push(bag);
    lengths.push(len);
  }
  const n = docs.length;
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1;
  const idf = (t: string): number => {
    const d = df.get(t);
    return d ? Math.log(1 + (n - d + 0.5) / (d + 0.5)) : 0;
  };
  return {
    size: n,
    idf,
    search(query) {
      const scored: [number, number][] = [];
      bags.forEach((bag, i) => {
        let s = 0;
        const norm = params.k1 * (1 - params.b + (params.b * lengths[i]!) / avg);
        for (const [t, qw] of query) {
          const tf = bag.get(t);
          if (tf) s += qw * idf(t) * ((tf * (params.k1 + 1)) / (tf + norm));
        }
        if (s > 0) scored.push([i, s]);
      });
      return scored.sort((a, b) => b[1] - a[1]);
    },
  };
}
