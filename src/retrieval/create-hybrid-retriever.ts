import { promoteStatedFigure } from "./promote-stated-figure.js";
import type { Clause } from "../corpus/clause-schema.js";
import { statedLead } from "../corpus/stated-lead.js";
import type { Concept } from "../lexicon/concept-schema.js";
import { asksWho } from "./analysis/figure-question.js";
import { fuseRankings, fuseScores } from "./fuse-rankings.js";
import type { ComponentRetriever, RankedItem } from "./ranked-list.js";
import type { RetrievalResult, Retriever } from "./retriever.js";
import type { ScopeJudge, ScopeSignals } from "./scope/judge-scope.js";
import type { QueryAnalyzer } from "../understanding/create-query-analyzer.js";
import { decideScope, type ScopeTuning } from "../understanding/decide-scope.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";
import { DEFAULT_TUNING, type Tuning } from "../tuning/tuning.js";

/** The fusion weights are the tuning object's (one definition, documented there). */
export type FusionWeights = Tuning["fusion"];

export const DEFAULT_WEIGHTS: FusionWeights = DEFAULT_TUNING.fusion;
const DEFAULT_K = 5;
/** Every component ranks this deep before fusion: enough for any k a caller asks for. */
const DEPTH = 30;

export interface HybridRetriever extends Retriever {
  /** The same retrieval with the signals behind the scope judgement (for the bench and debugging). */
  explain(query: string | QueryAnalysis, k?: number): Promise<RetrievalResult & { signals: ScopeSignals }>;
}

export interface HybridParts {
  clauses: readonly Clause[];
  lexical: ComponentRetriever;
  dense: ComponentRetriever | null;
  target: ComponentRetriever | null;
  clauseRef: ComponentRetriever | null;
  judge: ScopeJudge;
  /** Ranks clauses by the question's concepts they state; absent in tests that fix every ranking. */
  concepts?: (a: QueryAnalysis, of?: readonly Concept[]) => RankedItem[];
  /** Analyses a plain-text query (the engine passes its own analysis instead). */
  analyzer: QueryAnalyzer;
  /** Defaults to DEFAULT_TUNING.scope. */
  scopeTuning?: ScopeTuning;
  weights?: FusionWeights;
  /** "sum" (default): weighted sum of max-normalized scores; "rrf": weighted reciprocal rank fusion. */
  fusion?: FusionMethod;
}

/** Hits looked at for a clause stating the figure asked (promoteStatedFigure), whatever k is. */
const PROMOTE_DEPTH = 3;

export type FusionMethod = "sum" | "rrf";

/**
 * Fuses the lexical, dense and target rankings (score-preserving sum by default, RRF on request —
 * the bench compares both); a clause the question names
 * explicitly (三（三）) is put first, because no similarity can outrank an explicit reference.
 */
export function createHybridRetriever(parts: HybridParts): HybridRetriever {
  const w = parts.weights ?? DEFAULT_WEIGHTS;
  const fuse = parts.fusion === "rrf" ? fuseRankings : fuseScores;
  const explain = async (query: string | QueryAnalysis, k = DEFAULT_K) => {
    const analysis = typeof query === "string" ? parts.analyzer.analyze(query) : query;
    const q = analysis.text;
    const hints = { expansions: analysis.expansions };
    const [lex, askLex, dense, target, refs] = await Promise.all([
      parts.lexical.rank(q, DEPTH, hints),
      // A long message's background (我们厂电费压力很大) must not outvote what it asks (老槽型会被要求退出吗):
      // half the lexical weight goes to the asking sentences alone.
      analysis.askText ? parts.lexical.rank(analysis.askText, DEPTH, hints) : Promise.resolve([] as RankedItem[]),
      // A failing embedding service (network, quota) degrades to lexical retrieval, never an error.
      parts.dense ? parts.dense.rank(q, DEPTH, hints).catch(() => [] as RankedItem[]) : Promise.resolve([] as RankedItem[]),
      parts.target ? parts.target.rank(q, DEPTH, hints) : Promise.resolve([] as RankedItem[]),
      parts.clauseRef ? parts.clauseRef.rank(q, DEPTH, { refs: analysis.refs }) : Promise.resolve([] as RankedItem[]),
    ]);
    let fused = fuse([
      { items: lex, weight: askLex.length ? w.lexical * (1 - w.askPart) : w.lexical },
      { items: askLex, weight: w.lexical * w.askPart },
      { items: dense, weight: w.dense },
      { items: target, weight: w.target },
      // In a long message the concepts its asking sentences name decide, not its background's.
      { items: parts.concepts?.(analysis, analysis.askConcepts.length ? analysis.askConcepts : undefined) ?? [], weight: w.concepts },
      // What the question asks about (能享受什么【税收优惠】) outweighs what it is asked for (废铝回收企业).
      { items: parts.concepts && analysis.asked.length ? parts.concepts(analysis, analysis.asked) : [], weight: w.asked },
      // With no topic named, who leads is all a who-question asks: the lead ranking decides it.
      { items: analysis.kind === "who" || asksWho(analysis.folded) ? whoRanking(parts.clauses, lex, analysis) : [], weight: analysis.specific.length ? w.who : w.lexical + w.dense },
    ]);
    if (refs.length) {
      const named = new Set(refs.map((r) => r.index));
      const top = fused[0]?.score ?? 1;
      fused = [
        ...refs.map((r, i) => ({ index: r.index, score: top + refs.length - i })),
        ...fused.filter((f) => !named.has(f.index)),
      ];
    }
    const hits = promoteStatedFigure(fused.slice(0, Math.max(PROMOTE_DEPTH, k)).map((f) => ({ clause: parts.clauses[f.index]!, score: round(f.score) })), analysis).slice(0, Math.max(1, k));
    const verdict = parts.judge.judge(q, hits[0]?.clause, refs.length > 0);
    const scope = decideScope(analysis, verdict, hits[0]?.clause, parts.scopeTuning ?? DEFAULT_TUNING.scope);
    return { query: analysis.raw, hits, confidence: verdict.confidence, outOfScope: scope.scope === "none", scope, analysis, signals: verdict.signals };
  };
  return {
    explain,
    async retrieve(query, options) {
      const { signals: _signals, ...result } = await explain(options?.analysis ?? query, options?.k);
      return result;
    },
  };
}

/**
 * For who-questions: the lexical ranking restricted to clauses that name responsible departments; a
 * question that names no topic ("整个事情谁来牵头") asks who leads the whole policy, which the clause
 * stating a lead department in its text (…厅牵头会同…) answers.
 */
function whoRanking(clauses: readonly Clause[], lex: readonly RankedItem[], a: QueryAnalysis): RankedItem[] {
  const withDepartments = lex.filter((i) => clauses[i.index]!.departments.length > 0);
  if (a.specific.length > 0) return withDepartments;
  const stated = clauses.flatMap((c, index) => (statedLead(c) ? [{ index, score: 1 }] : []));
  return stated.length ? stated : withDepartments;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
