import type { Clause } from "../corpus/clause-schema.js";
import type { UnitClass } from "../retrieval/analysis/figure-question.js";
import type { ScopeJudgement } from "../retrieval/scope/judge-scope.js";
import { foldText } from "../text/fold-text.js";
import type { QueryAnalysis } from "./query-analysis.js";
import type { Tuning } from "../tuning/tuning.js";

/**
 * full: the document answers the question. partial: it addresses the topic but not what exactly is
 * asked (an amount, a form, a price) — the reply says what it does say, cited, and what it does not.
 * none: the topic is one the document does not cover — the only case that is refused.
 */
export type ScopeKind = "full" | "partial" | "none";

export interface ScopeDecision {
  scope: ScopeKind;
  /** Chinese sentences on what the document does not say (partial and none). */
  notCovered: string[];
  /** Why, for the bench and `retrieve --json`. */
  reason: "clause-ref" | "uncovered-topic" | "figure-not-stated" | "procedure-not-described" | "covered-concept" | "lexical" | "nothing-relates";
}

export type ScopeTuning = Tuning["scope"];

const FIGURE_WORDS: Record<UnitClass, string> = {
  money: "具体金额",
  percent: "具体比例",
  count: "具体数量",
  duration: "具体期限或时限",
  mass: "具体吨数",
};

/**
 * Refusal is decided, not guessed: a question is refused only when it names a topic the lexicon
 * records as not covered (and nothing the document does cover), or when it relates to nothing at
 * all. Every other question gets an answer; when it asks for something the best clause does not
 * state, the answer says so in one sentence.
 */
export function decideScope(a: QueryAnalysis, judged: ScopeJudgement, top: Clause | undefined, tuning: ScopeTuning): ScopeDecision {
  if (a.refs.length) return { scope: "full", notCovered: [], reason: "clause-ref" };
  if (!top) return { scope: "none", notCovered: [], reason: "nothing-relates" };
  const topText = foldText(`${top.title}|${top.text}`);
  const addressed = a.specific.filter((c) => [...c.terms, ...c.variants].some((t) => topText.includes(foldText(t))));
  if (a.uncovered.length) {
    const notCovered = a.uncovered.map((c) => c.notCovered!).filter(Boolean);
    // "电解铝企业的电价是多少": 电价 policy is covered (六（二）), its number is not → partial.
    return a.specific.length && (addressed.length || judged.confidence >= tuning.threshold)
      ? { scope: "partial", notCovered, reason: "uncovered-topic" }
      : { scope: "none", notCovered, reason: "uncovered-topic" };
  }
  const known = a.specific.length > 0 || judged.confidence >= tuning.threshold;
  if (!known) return { scope: "none", notCovered: [], reason: "nothing-relates" };
  if (judged.signals.figureMismatch && a.figure) {
    return { scope: "partial", notCovered: [`文件没有给出${FIGURE_WORDS[a.figure]}。`], reason: "figure-not-stated" };
  }
  if (judged.signals.procedureMismatch) {
    return { scope: "partial", notCovered: ["文件没有规定具体的申请或办理流程。"], reason: "procedure-not-described" };
  }
  return { scope: "full", notCovered: [], reason: a.specific.length ? "covered-concept" : "lexical" };
}
