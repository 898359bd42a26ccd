import type { HybridRetriever } from "../retrieval/create-hybrid-retriever.js";
import { DEFAULT_TUNING } from "../tuning/tuning.js";
import { decideScope } from "../understanding/decide-scope.js";
import type { EvalQuestion } from "./eval-question-schema.js";

export interface SweepRow {
  threshold: number;
  /** In-scope questions refused at this threshold. */
  falseRefusals: number;
  /** Out-of-scope questions accepted at this threshold. */
  oosAccepted: number;
}

export const SWEEP_THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] as const;

/**
 * The scope threshold's trade-off over development questions: each question is retrieved once, then
 * its scope decided again at every threshold from the same analysis and signals (decideScope is pure).
 */
export async function sweepScopeThreshold(retriever: HybridRetriever, questions: readonly EvalQuestion[], thresholds: readonly number[] = SWEEP_THRESHOLDS): Promise<SweepRow[]> {
  const runs: { q: EvalQuestion; r: Awaited<ReturnType<HybridRetriever["explain"]>> }[] = [];
  for (const q of questions) runs.push({ q, r: await retriever.explain(q.question, 5) });
  return thresholds.map((threshold) => {
    let falseRefusals = 0;
    let oosAccepted = 0;
    for (const { q, r } of runs) {
      const judged = { confidence: r.confidence, outOfScope: r.confidence < threshold, signals: r.signals };
      const refused = decideScope(r.analysis!, judged, r.hits[0]?.clause, { ...DEFAULT_TUNING.scope, threshold }).scope === "none";
      if (q.inScope && refused) falseRefusals++;
      if (!q.inScope && !refused) oosAccepted++;
    }
    return { threshold, falseRefusals, oosAccepted };
  });
}
