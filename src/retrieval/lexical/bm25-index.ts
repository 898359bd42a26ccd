/** One field of a document: its tokens and how much a match in it counts (title above body). */
export interface WeightedField {
  tokens: readonly string[];
  weight: number;
}

/**
 * A field given as token counts instead of tokens: each distinct token once, in order of first
 * occurrence, with how often it occurs; `length` is the token count. Scores equal the token form's
 * exactly (the same additions in the same order), so a cached count table can stand in for tokens.
 */
export interface CountedField {
  counts: readonly (readonly [string, number])[];
  length: number;
  weight: number;
}

/** The counted form of a token list (see CountedField), without its weight. */
export function countTokens(tokens: readonly string[]): Omit<CountedField, "weight"> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { counts: [...counts], length: tokens.length };
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
export function createBm25Index(docs: readonly (readonly (WeightedField | CountedField)[])[], params = { k1: 1.2, b: 0.75 }): Bm25Index {
  const bags: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (const fields of docs) {
    const bag = new Map<string, number>();
    let len = 0;
    for (const f of fields) {
      if ("counts" in f) {
        // One addition per occurrence, as the token form does: the same floating-point sums.
        for (const [t, n] of f.counts) {
          let tf = bag.get(t) ?? 0;
          for (let k = 0; k < n; k++) tf += f.weight;
          bag.set(t, tf);
        }
        len += f.length * f.weight;
      } else {
        for (const t of f.tokens) bag.set(t, (bag.get(t) ?? 0) + f.weight);
        len += f.tokens.length * f.weight;
      }
    }
    for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    bags.push(bag);
    lengths.push(len);
  }
  const n = docs.length;
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1;
  const norms = lengths.map((len) => params.k1 * (1 - params.b + (params.b * len) / avg));
  // Per corpus token: the documents containing it and its IDF, which is computed on first use and kept
  // (the same expression, so the same value). Every question weighs a few hundred tokens for BM25, the
  // embedding and the scope judge, mostly the same corpus words; one lookup finds both.
  const postings = new Map<string, { docs: [number, number][]; idf: number | undefined }>();
  bags.forEach((bag, i) => {
    for (const [t, tf] of bag) {
      const entry = postings.get(t);
      if (entry) entry.docs.push([i, tf]);
      else postings.set(t, { docs: [[i, tf]], idf: undefined });
    }
  });
  const idfOf = (t: string, entry: { idf: number | undefined }): number => {
    if (entry.idf !== undefined) return entry.idf;
    const d = df.get(t)!;
    return (entry.idf = Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  };
  const idf = (t: string): number => {
    const entry = postings.get(t);
    return entry ? idfOf(t, entry) : 0;
  };
  return {
    size: n,
    idf,
    search(query) {
      // Postings, not a scan of every document: a question with many expansion tokens touches only
      // the documents that contain them. One slot per document instead of a map: each document's
      // additions happen in the same order, and the result is sorted by a total order, so scores and
      // ranking are what the map gave.
      const scores = new Float64Array(n);
      for (const [t, qw] of query) {
        const entry = postings.get(t);
        if (!entry) continue;
        const w = qw * idfOf(t, entry);
        for (const [i, tf] of entry.docs) scores[i]! += w * ((tf * (params.k1 + 1)) / (tf + norms[i]!));
      }
      const out: [number, number][] = [];
      for (let i = 0; i < n; i++) if (scores[i]! > 0) out.push([i, scores[i]!]);
      return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    },
  };
}
