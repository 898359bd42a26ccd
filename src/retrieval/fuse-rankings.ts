import type { RankedItem } from "./ranked-list.js";

export interface WeightedRanking {
  items: readonly RankedItem[];
  weight: number;
}

/**
 * Weighted reciprocal rank fusion: Σ weight / (k + rank). Rank-based, so BM25 scores and cosine
 * similarities need no common scale. A small k (the corpus has a few dozen clauses) keeps the gap
 * between rank 1 and rank 2 meaningful.
 */
export function fuseRankings(rankings: readonly WeightedRanking[], k = 10): RankedItem[] {
  const fused = new Map<number, number>();
  for (const { items, weight } of rankings) {
    items.forEach((item, rank) => fused.set(item.index, (fused.get(item.index) ?? 0) + weight / (k + rank + 1)));
  }
  return [...fused]
    .map(([index, score]) => ({ index, score }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
