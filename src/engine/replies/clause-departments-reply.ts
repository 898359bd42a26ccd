import { buildCitation } from "../../answer/build-citation.js";
import { composeWhoAnswer } from "../../answer/compose-who-answer.js";
import { renderAnswer } from "../../answer/render-answer.js";
import type { Clause } from "../../corpus/clause-schema.js";
import { resolveClauseRef } from "../../corpus/resolve-clause-ref.js";
import type { Reply } from "../../reply/reply-schema.js";
import { unknownClauseReply } from "./clause-reply.js";
import { makeReply } from "./make-reply.js";

/** "三（四）的牵头部门是谁": the clause's own list, first-listed presented as 列首位. */
export function clauseDepartmentsReply(ref: string, clauses: readonly Clause[]): { reply: Reply; clause: Clause | null } {
  const resolved = resolveClauseRef(ref, clauses);
  if (!resolved.ok) return { reply: unknownClauseReply(resolved.message, resolved.suggestions), clause: null };
  const clause = resolved.clause;
  const who = composeWhoAnswer([], [{ clause, score: 1 }]);
  if (!who) {
    const first = clause.text.split("。")[0] ?? "";
    const citation = buildCitation(clause, first);
    return {
      reply: makeReply({ kind: "departments", answer: `${clause.label}「${clause.title}」未列出责任部门。`, citations: citation ? [citation] : [] }),
      clause,
    };
  }
  const answer = renderAnswer(who.direct, who.citations);
  const lead = who.departments.find((d) => d.role === "lead");
  return {
    reply: makeReply({
      kind: "departments",
      answer,
      citations: who.citations,
      departments: who.departments,
      followUps: [`${clause.label}讲了什么？`, ...(lead ? [`${lead.name}还负责哪些条款？`] : [])],
    }),
    clause,
  };
}
