import { composeClauseSummary, SUMMARY_SENTENCES } from "../../answer/compose-clause-summary.js";
import type { Clause } from "../../corpus/clause-schema.js";
import { resolveClauseRef } from "../../corpus/resolve-clause-ref.js";
import type { Reply } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";

/** A clause by reference: summary for a question, every sentence for /clause; unknown refs are refused. */
export function clauseReply(ref: string, clauses: readonly Clause[], full: boolean): { reply: Reply; clause: Clause | null } {
  const resolved = resolveClauseRef(ref, clauses);
  if (!resolved.ok) return { reply: unknownClauseReply(resolved.message, resolved.suggestions), clause: null };
  const clause = resolved.clause;
  const s = composeClauseSummary(clause, full ? Number.POSITIVE_INFINITY : SUMMARY_SENTENCES);
  return {
    reply: makeReply({
      kind: "clause",
      answer: s.answer,
      citations: s.citations,
      departments: s.departments,
      followUps: [`${clause.label}由哪些部门负责？`],
    }),
    clause,
  };
}

export function unknownClauseReply(message: string, suggestions: readonly Clause[]): Reply {
  const hint = suggestions.length ? `\n您是不是要找：${suggestions.map((c) => `${c.label}「${c.title}」`).join("；")}` : "";
  return makeReply({
    kind: "refusal",
    answer: `${message}${hint}`,
    outOfScope: true,
    followUps: suggestions.map((c) => `${c.label}讲了什么？`),
  });
}
