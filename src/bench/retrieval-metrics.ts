import { percentile } from "./percentile.js";
import type { EvalQuestion } from "./eval-question-schema.js";

export interface QuestionRun {
  q: EvalQuestion;
  /** Clause ids, best first. */
  ranked: string[];
  outOfScope: boolean;
  ms: number;
}

export interface RetrievalMetrics {
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share of all questions whose in/out-of-scope verdict is right. */
  scopeAccuracy: number;
  /** Share of out-of-scope questions caught. */
  oosRecall: number;
  p50: number;
  p95: number;
}

export function rankOfGold(run: QuestionRun): number {
  const i = run.ranked.findIndex((id) => run.q.gold.includes(id));
  return i < 0 ? Infinity : i + 1;
}

export function computeMetrics(runs: readonly QuestionRun[]): RetrievalMetrics {
  const inScope = runs.filter((r) => r.q.inScope);
  const oos = runs.filter((r) => !r.q.inScope);
  const ranks = inScope.map(rankOfGold);
  const share = (n: number, d: number): number => (d ? n / d : 0);
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    hit1: share(ranks.filter((r) => r <= 1).length, ranks.length),
    hit3: share(ranks.filter((r) => r <= 3).length, ranks.length),
    mrr: share(ranks.reduce((s, r) => s + (Number.isFinite(r) ? 1 / r : 0), 0), ranks.length),
    scopeAccuracy: share(runs.filter((r) => r.outOfScope === !r.q.inScope).length, runs.length),
    oosRecall: share(oos.filter((r) => r.outOfScope).length, oos.length),
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
  };
}

/** True when the question shares a run of ≥ n characters with the text of its gold clauses. */
export function sharesRun(question: string, goldText: string, n = 4): boolean {
  const chars = [...question];
  for (let i = 0; i + n <= chars.length; i++) if (goldText.includes(chars.slice(i, i + n).join(""))) return true;
  return false;
}
