import type { AdmissionReport, Finding } from "../../src/admission/report-schema.js";
import type { Clause } from "../../src/corpus/clause-schema.js";
import type { Corpus } from "../../src/corpus/load-corpus.js";
import { findClauseRefs, resolveClauseRef } from "../../src/corpus/resolve-clause-ref.js";
import type { Engine, EngineInput } from "../../src/engine/engine.js";
import type { Citation, Reply, ReplyDepartment } from "../../src/reply/reply-schema.js";

/** What the engine saw for one call: the input and the conversation's earlier user texts. */
export interface SeenCall {
  input: EngineInput;
  history: string[];
}

export interface TestEngine extends Engine {
  calls: SeenCall[];
  /** Makes the next `n` calls wait `ms` first (to observe "thinking" and in-flight shutdown). */
  delayNext(ms: number, n?: number): void;
}

/**
 * A deterministic stand-in for the answer engine: real Reply objects built from the parsed corpus
 * (clause lookups with verbatim quotes, a report over real clauses), recording every input it gets.
 */
export function createTestEngine(corpus: Corpus): TestEngine {
  const calls: SeenCall[] = [];
  const histories = new Map<string, string[]>();
  let delays: number[] = [];
  return {
    calls,
    delayNext(ms, n = 1) {
      delays = [...delays, ...Array<number>(n).fill(ms)];
    },
    async handle(input) {
      const history = histories.get(input.conversationId) ?? [];
      calls.push({ input, history: [...history] });
      histories.set(input.conversationId, [...history, input.text]);
      const delay = delays.shift();
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (input.intent === "check") return checkReply(corpus, input);
      const ref = findClauseRefs(input.text)[0];
      const wanted = ref ? (ref.clause === null ? String(ref.part) : `${ref.part}.${ref.clause}`) : undefined;
      const explicit = input.intent === "clause" ? resolveClauseRef(input.text, corpus.clauses) : null;
      const clause =
        (explicit?.ok ? explicit.clause : undefined) ??
        corpus.clauses.find((c) => c.clauseId === wanted) ??
        bestOverlap(corpus.clauses, input.text);
      return clauseReply(clause, input, history.length);
    },
  };
}

function firstSentence(text: string): string {
  const end = text.indexOf("。");
  return end > 0 ? text.slice(0, end + 1) : text;
}

function citationOf(c: Clause): Citation {
  return { docId: c.docId, clauseId: c.clauseId, label: c.label, title: c.title, quote: firstSentence(c.text) };
}

function departmentsOf(c: Clause): ReplyDepartment[] {
  return c.departments.map((d, i) => ({ name: d.name, role: d.implicit ? "implicit" : i === 0 ? "lead" : "participant" }));
}

function clauseReply(c: Clause, input: EngineInput, turn: number): Reply {
  return {
    kind: input.intent === "clause" ? "clause" : "answer",
    answer: `${c.label}「${c.title}」规定：${firstSentence(c.text)}〔${c.label}〕${turn ? `（本对话第 ${turn + 1} 轮）` : ""}`,
    citations: [citationOf(c)],
    departments: departmentsOf(c),
    outOfScope: false,
    mode: "offline",
    followUps: [`${c.label}由哪些部门负责？`],
    conversationId: input.conversationId,
    report: null,
  };
}

/** The clause sharing the most characters with the question: crude, but deterministic. */
function bestOverlap(clauses: readonly Clause[], text: string): Clause {
  const chars = new Set(text);
  const score = (c: Clause) => [...new Set(c.title + c.text)].filter((ch) => chars.has(ch)).length;
  return clauses.filter((c) => c.clauseId.includes(".")).reduce((a, b) => (score(b) > score(a) ? b : a));
}

function checkReply(corpus: Corpus, input: EngineInput): Reply {
  const clauses = corpus.clauses.filter((c) => c.clauseId.includes(".") && c.departments.length).slice(0, 4);
  const statuses: Finding["status"][] = ["pass", "fail", "needs_info", "not_applicable"];
  const findings: Finding[] = clauses.map((c, i) => ({
    ruleId: `rule-${c.clauseId}`,
    clauseId: c.clauseId,
    label: c.label,
    status: statuses[i % statuses.length]!,
    message: `测试判定：${c.title}`,
    quote: firstSentence(c.text),
  }));
  const lead = clauses[0]?.departments[0]?.name ?? null;
  const report: AdmissionReport = {
    overall: "non_compliant",
    projectType: "测试项目",
    profile: { description: input.text },
    findings,
    cluster: null,
    incentives: [],
    departments: { lead, all: (clauses[0]?.departments ?? []).map((d) => ({ name: d.name, implicit: d.implicit })) },
    questions: findings.filter((f) => f.status === "needs_info").map((f) => `请补充与${f.label}有关的信息。`),
  };
  return {
    kind: "check",
    answer: `项目准入检查结果：不符合。依据${findings.map((f) => `〔${f.label}〕`).join("")}。`,
    citations: clauses.map(citationOf),
    departments: clauses[0] ? departmentsOf(clauses[0]) : [],
    outOfScope: false,
    mode: "offline",
    followUps: [],
    conversationId: input.conversationId,
    report,
  };
}
