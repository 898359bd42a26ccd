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

/**
 * Weighted CombSUM of max-normalized scores: unlike RRF it keeps each retriever's margin, so a
 * clause BM25 scores four times higher than the runner-up is not overturned by a retriever that
 * only mildly prefers another clause.
 */
export function fuseScores(rankings: readonly WeightedRanking[]): RankedItem[] {
  const fused = new Map<number, number>();
  for (const { items, weight } of rankings) {
    const max = Math.max(0, ...items.map((i) => i.score));
    if (max <= 0) continue;
    for (const item of items) fused.set(item.index, (fused.get(item.index) ?? 0) + (weight * Math.max(0, item.score)) / max);
  }
  return [...fused]
    .map(([index, score]) => ({ index, score }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
