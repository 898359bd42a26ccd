import type { Clause } from "../corpus/clause-schema.js";
import type { Citation, ReplyDepartment } from "../reply/reply-schema.js";
import type { QuestionType } from "./question-type.js";

/** Standalone next questions (they route without conversation context, e.g. from a button). */
export function suggestFollowUps(
  type: QuestionType,
  citations: readonly Citation[],
  departments: readonly ReplyDepartment[],
  clauses: readonly Clause[] = [],
): string[] {
  const first = citations[0];
  if (!first) return [];
  const out: string[] = [];
  // Only suggest a departments question the document can answer (part introductions list none).
  const listsDepartments = clauses.find((c) => c.clauseId === first.clauseId && c.docId === first.docId)?.departments.length;
  if (type !== "who" && listsDepartments) out.push(`${first.label}由哪些部门负责？`);
  if (type !== "clause") out.push(`${first.label}讲了什么？`);
  const lead = departments.find((d) => d.role === "lead");
  if (lead) out.push(`${lead.name}还负责哪些条款？`);
  return out.slice(0, 3);
}
