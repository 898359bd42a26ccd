import type { AdmissionReport } from "../admission/report-schema.js";
import type { Engine } from "../engine/engine.js";
import type { Retriever } from "../retrieval/retriever.js";
import { scoreReply } from "./answer-bench.js";
import type { BlindConversation, BlindProject, BlindQuestion, BlindStyle } from "./blind-set-schema.js";
import { percentile } from "./percentile.js";

/** Aggregate figures only: blind items are never reported one by one (see blind-set-schema.ts). */
export interface BlindQuestionFigures {
  questions: number;
  inScope: number;
  outOfScope: number;
  /** In scope: facts present and a gold clause cited. */
  answerAccuracy: number;
  /** In scope but refused. */
  falseRefusalRate: number;
  /** Out of scope: refused with no citations, or answered in part saying what the document does not give. */
  oosRefused: number;
  /** Out of scope: refused outright (the stricter reading). Absent in figures measured before it existed. */
  oosRefusedStrict?: number;
  hit1: number;
  hit3: number;
  /** Accuracy over every item (in scope answered right, out of scope refused) per style. */
  byStyle: Partial<Record<BlindStyle, { n: number; accuracy: number }>>;
  /** In-scope accuracy per question type. */
  byType: Record<string, { n: number; accuracy: number }>;
  p50Ms: number;
}

export interface BlindConversationFigures {
  conversations: number;
  turns: number;
  /** Turns after the first, which depend on the conversation so far. */
  followUps: number;
  followUpAccuracy: number;
  allTurnAccuracy: number;
}

export interface BlindProjectFigures {
  cases: number;
  overallAccuracy: number;
  failingExactMatch: number;
  clusterAccuracy: number;
  /** Findings marked ❌ on a clause the project only declines guidance of (must be 0). */
  encouragedFailed: number;
  /** In-province reports (not failing on clause 0) that name at least one responsible department. */
  departmentsPresent: number;
  inProvince: number;
}

const share = (n: number, d: number): number => (d ? n / d : 0);

/**
 * Receives one line per wrong item. Only used sets (development data now) pass one: a current blind set
 * is never reported item by item.
 */
export type BlindFailureSink = (line: string) => void;

function describeMiss(question: string, scored: ReturnType<typeof scoreReply>, inScope: boolean): string {
  if (!inScope) return `${question} → 范围外却回答了（引用 ${scored.cited.join("、") || "无"}）`;
  if (scored.refused) return `${question} → 误拒`;
  const parts = [scored.goldCited ? "" : `引用 ${scored.cited.join("、") || "无"}（不含正确条款）`, scored.missing.length ? `缺：${scored.missing.join("、")}` : ""];
  return `${question} → ${parts.filter(Boolean).join("；")}`;
}

export async function runBlindQuestions(
  engine: Engine,
  retriever: Retriever,
  items: readonly BlindQuestion[],
  onFailure?: BlindFailureSink,
): Promise<BlindQuestionFigures> {
  const latencies: number[] = [];
  const style = new Map<BlindStyle, { n: number; ok: number }>();
  const type = new Map<string, { n: number; ok: number }>();
  let correct = 0, falseRefusals = 0, oosRefused = 0, oosStrict = 0, hit1 = 0, hit3 = 0;
  for (const [i, q] of items.entries()) {
    const t0 = performance.now();
    const reply = await engine.handle({ text: q.question, conversationId: `blind-${i}-${q.id}`, userId: "bench", platform: "cli" });
    latencies.push(performance.now() - t0);
    const scored = scoreReply(reply, q);
    if (!scored.correct) onFailure?.(`[${q.id}] ${describeMiss(q.question, scored, q.inScope)}`);
    const s = style.get(q.style) ?? { n: 0, ok: 0 };
    style.set(q.style, { n: s.n + 1, ok: s.ok + Number(scored.correct) });
    if (!q.inScope) {
      oosRefused += Number(scored.correct);
      oosStrict += Number(scored.strictRefusal ?? false);
      continue;
    }
    correct += Number(scored.correct);
    falseRefusals += Number(scored.refused);
    const t = type.get(q.type) ?? { n: 0, ok: 0 };
    type.set(q.type, { n: t.n + 1, ok: t.ok + Number(scored.correct) });
    const ranked = (await retriever.retrieve(q.question, { k: 10 })).hits.map((h) => h.clause.clauseId);
    const rank = ranked.findIndex((id) => q.gold.includes(id));
    hit1 += Number(rank === 0);
    hit3 += Number(rank >= 0 && rank < 3);
  }
  const inScope = items.filter((q) => q.inScope).length;
  const toFigures = (m: Map<string, { n: number; ok: number }>) =>
    Object.fromEntries([...m].map(([k, v]) => [k, { n: v.n, accuracy: share(v.ok, v.n) }]));
  latencies.sort((a, b) => a - b);
  return {
    questions: items.length,
    inScope,
    outOfScope: items.length - inScope,
    answerAccuracy: share(correct, inScope),
    falseRefusalRate: share(falseRefusals, inScope),
    oosRefused: share(oosRefused, items.length - inScope),
    oosRefusedStrict: share(oosStrict, items.length - inScope),
    hit1: share(hit1, inScope),
    hit3: share(hit3, inScope),
    byStyle: toFigures(style),
    byType: toFigures(type),
    p50Ms: Math.round(percentile(latencies, 50) * 100) / 100,
  };
}

export async function runBlindConversations(
  engine: Engine,
  conversations: readonly BlindConversation[],
  onFailure?: BlindFailureSink,
): Promise<BlindConversationFigures> {
  let turns = 0, ok = 0, followUps = 0, followOk = 0;
  for (const c of conversations) {
    const conversationId = `blind-conv-${c.id}`;
    for (const [i, turn] of c.turns.entries()) {
      const reply = await engine.handle({ text: turn.question, conversationId, userId: "bench", platform: "cli" });
      const scored = scoreReply(reply, turn);
      const { correct } = scored;
      if (!correct) onFailure?.(`[${c.id}#${i + 1}] ${describeMiss(turn.question, scored, turn.inScope)}`);
      turns++;
      ok += Number(correct);
      if (i > 0) {
        followUps++;
        followOk += Number(correct);
      }
    }
  }
  return { conversations: conversations.length, turns, followUps, followUpAccuracy: share(followOk, followUps), allTurnAccuracy: share(ok, turns) };
}

export async function runBlindProjects(
  items: readonly BlindProject[],
  check: (description: string) => Promise<AdmissionReport>,
  onFailure?: BlindFailureSink,
): Promise<BlindProjectFigures> {
  let overall = 0, failingOk = 0, clusterOk = 0, encouragedFailed = 0, departmentsPresent = 0, inProvince = 0;
  for (const p of items) {
    const report = await check(p.description);
    const failing = [...new Set(report.findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();
    overall += Number(report.overall === p.expectedOverall);
    const wrongFailing = failing.join(",") !== [...p.failingClauses].sort().join(",");
    if (report.overall !== p.expectedOverall || wrongFailing)
      onFailure?.(`[${p.id}] ${p.description} → ${report.overall}（应为 ${p.expectedOverall}）；不符合条款 ${failing.join("、") || "无"}（应为 ${p.failingClauses.join("、") || "无"}）`);
    failingOk += Number(failing.join(",") === [...p.failingClauses].sort().join(","));
    clusterOk += Number((report.cluster?.clauseId ?? null) === p.cluster);
    encouragedFailed += failing.filter((id) => p.advisedClauses.includes(id)).length;
    if (!p.failingClauses.includes("0")) {
      inProvince++;
      departmentsPresent += Number(report.departments.all.length > 0);
    }
  }
  return {
    cases: items.length,
    overallAccuracy: share(overall, items.length),
    failingExactMatch: share(failingOk, items.length),
    clusterAccuracy: share(clusterOk, items.length),
    encouragedFailed,
    departmentsPresent,
    inProvince,
  };
}
