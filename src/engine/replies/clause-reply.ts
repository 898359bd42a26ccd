import { composeClauseSummary, SUMMARY_SENTENCES } from "../../answer/compose-clause-summary.js";
import type { Clause } from "../../corpus/clause-schema.js";
import { resolveClauseRef } from "../../corpus/resolve-clause-ref.js";
import type { Reply } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";
import type { Concept } from "../../lexicon/concept-schema.js";
import { ownForms } from "../../lexicon/lexicon.js";


/** A clause by reference: summary for a question, every sentence for /clause; unknown refs are refused. */
export function clauseReply(ref: string, clauses: readonly Clause[], full: boolean, named: readonly Concept[] = [], list = false): { reply: Reply; clause: Clause | null } {
  const resolved = resolveClauseRef(ref, clauses);
  if (!resolved.ok) return { reply: unknownClauseReply(resolved.message, resolved.suggestions), clause: null };
  const clause = resolved.clause;
  // What the question names besides the clause (专精特新) brings the part introduction's target for it.
  const conceptForms = named.map((c) => ownForms(c).filter((f) => f.length >= 2)).filter((f) => f.length > 0);
  const s = composeClauseSummary(clause, full ? Number.POSITIVE_INFINITY : SUMMARY_SENTENCES, conceptForms.length || list ? { clauses, conceptForms, list } : undefined);
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
