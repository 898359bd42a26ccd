import { foldForMatch } from "../corpus/normalize-text.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Engine } from "../engine/engine.js";
import type { Reply } from "../reply/reply-schema.js";
import type { AnswerEvalQuestion } from "./answer-eval-question.js";
import { percentile } from "./percentile.js";

export interface AnswerBenchInput {
  engine: Engine;
  questions: readonly AnswerEvalQuestion[];
  /** The corpus clauses, to count citations of clauses that do not exist or quotes they do not contain. */
  clauses: readonly Clause[];
  /** Untimed passes over the first questions before measuring (JIT, lazy loads). */
  warmup?: number;
}

export interface AnswerBenchFailure {
  id: string;
  question: string;
  reason: string;
  answer: string;
  cited: string[];
}

export interface AnswerBenchMetrics {
  questions: number;
  inScope: number;
  outOfScope: number;
  /** In scope: every gold fact appears in the answer and at least one gold clause is cited. */
  answerAccuracy: number;
  /** Over in-scope answers: cited clauses (unique per answer) that are gold. */
  citationPrecision: number;
  /** Out of scope: refused (outOfScope true) with no citations, or a partial answer saying what is not given. */
  refusalAccuracy: number;
  /** Out of scope: refused outright. */
  strictRefusalAccuracy: number;
  /** In scope but refused. */
  falseRefusalRate: number;
  nonexistentCitations: number;
  unverifiableQuotes: number;
  latencyMs: { p50: number; p95: number; max: number };
  failures: AnswerBenchFailure[];
}

/** Answer-level metrics over the eval set; each question runs in its own conversation. */
export async function runAnswerBench(input: AnswerBenchInput): Promise<AnswerBenchMetrics> {
  const { engine, questions } = input;
  const byId = new Map(input.clauses.map((c) => [c.clauseId, c]));
  const send = (q: AnswerEvalQuestion, i: number, tag: string) =>
    engine.handle({ text: q.question, conversationId: `bench-${tag}-${i}-${q.id}`, userId: "bench", platform: "cli" });
  for (let i = 0; i < Math.min(input.warmup ?? 5, questions.length); i++) await send(questions[i]!, i, "warm");

  const latencies: number[] = [];
  const failures: AnswerBenchFailure[] = [];
  let correct = 0, citedTotal = 0, citedGold = 0, refused = 0, strict = 0, falseRefusals = 0, nonexistent = 0, unverifiable = 0;
  for (const [i, q] of questions.entries()) {
    const t0 = performance.now();
    const reply = await send(q, i, "run");
    latencies.push(performance.now() - t0);
    const scored = scoreReply(reply, q);
    const { cited } = scored;
    for (const c of reply.citations) {
      const clause = byId.get(c.clauseId);
      if (!clause) nonexistent++;
      else if (!foldForMatch(clause.text).includes(foldForMatch(c.quote))) unverifiable++;
    }
    const fail = (reason: string) => failures.push({ id: q.id, question: q.question, reason, answer: reply.answer, cited });
    if (!q.inScope) {
      if (scored.correct) refused++;
      if (scored.strictRefusal) strict++;
      else fail("未拒答");
      continue;
    }
    if (scored.refused) falseRefusals++;
    citedTotal += cited.length;
    citedGold += cited.filter((id) => q.gold.includes(id)).length;
    const { missing, goldCited } = scored;
    if (scored.correct) correct++;
    else fail([missing.length ? `缺少事实：${missing.join("、")}` : "", goldCited ? "" : `未引用标准条款 ${q.gold.join("/")}`].filter(Boolean).join("；"));
  }
  const inScope = questions.filter((q) => q.inScope).length;
  const oos = questions.length - inScope;
  return {
    questions: questions.length,
    inScope,
    outOfScope: oos,
    answerAccuracy: ratio(correct, inScope),
    citationPrecision: ratio(citedGold, citedTotal),
    refusalAccuracy: ratio(refused, oos),
    strictRefusalAccuracy: ratio(strict, oos),
    falseRefusalRate: ratio(falseRefusals, inScope),
    nonexistentCitations: nonexistent,
    unverifiableQuotes: unverifiable,
    latencyMs: percentiles(latencies),
    failures,
  };
}

function missingFacts(reply: Reply, facts: readonly string[]): string[] {
  const answer = foldForMatch(reply.answer);
  return facts.filter((f) => !answer.includes(foldForMatch(f)));
}

export interface ScoredReply {
  /** In scope: every fact present and a gold clause cited. Out of scope: refused with no citations. */
  correct: boolean;
  refused: boolean;
  missing: string[];
  goldCited: boolean;
  cited: string[];
  /** Out of scope only: refused outright (no partial answer). */
  strictRefusal?: boolean;
}

/** The one scoring rule every answer bench uses (dev, held-out and blind sets, single and multi-turn). */
export function scoreReply(reply: Reply, q: { inScope: boolean; gold: readonly string[]; facts: readonly string[] }): ScoredReply {
  const cited = [...new Set(reply.citations.map((c) => c.clauseId))];
  if (!q.inScope) {
    // Handled: refused, or answered in part while saying what the document does not give ("文件没有
    //给出具体金额，只提到……") — the asker is not told the document answers what it does not.
    const refused = reply.outOfScope && reply.citations.length === 0;
    const declared = !reply.outOfScope && (reply.notCovered?.length ?? 0) > 0;
    return { correct: refused || declared, refused: reply.outOfScope, missing: [], goldCited: false, cited, strictRefusal: refused };
  }
  const missing = missingFacts(reply, q.facts);
  const goldCited = cited.some((id) => q.gold.includes(id));
  return { correct: missing.length === 0 && goldCited, refused: reply.outOfScope, missing, goldCited, cited };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function percentiles(values: number[]): { p50: number; p95: number; max: number } {
  if (values.length === 0) return { p50: 0, p95: 0, max: 0 };
  const s = [...values].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), max: round(s.at(-1)!) };
}
