import type { Clause } from "../corpus/clause-schema.js";
import { describeTarget } from "../corpus/describe-target.js";
import type { Citation, ReplyDepartment } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { listReplyDepartments } from "./list-reply-departments.js";
import { splitSentences } from "./split-sentences.js";

export interface ClauseSummary {
  answer: string;
  citations: Citation[];
  departments: ReplyDepartment[];
}

/**
 * Every clause of the document but the notice has at most five sentences (≤ 270 characters): a
 * summary quotes all of them, so "三（三）说了啥" does not stop before 400KA in its fourth sentence.
 */
export const SUMMARY_SENTENCES = 5;

/** "三（三）讲了什么": title, the clause's opening sentences verbatim, its targets and departments. */
export function composeClauseSummary(clause: Clause, maxSentences = SUMMARY_SENTENCES): ClauseSummary {
  const sentences = splitSentences(clause.text);
  const shown = sentences.slice(0, maxSentences);
  const lines = [`${clause.label}「${clause.title}」${clause.partTitle && clause.clauseId.includes(".") ? `（属于“${clause.partTitle}”部分）` : ""}主要内容如下${formatMarker(clause.label)}：`];
  for (const s of shown) lines.push(`「${s}」`);
  if (sentences.length > shown.length) lines.push(`（本条共 ${sentences.length} 句，以上为前 ${shown.length} 句；可用 /clause ${clause.label} 查看全文。）`);
  if (clause.targets.length) lines.push(`量化目标：${clause.targets.map((t) => `${t.year}年${describeTarget(t)}`).join("；")}。`);
  const departments = listReplyDepartments(clause);
  const lead = departments.find((d) => d.role === "lead");
  if (lead) {
    const rest = departments.filter((d) => d.role !== "lead").map((d) => d.name);
    lines.push(`责任部门：${lead.name}（列首位）${rest.length ? `、${rest.join("、")}` : ""}。`);
  }
  // One citation per clause: the shown sentences are contiguous in the text, so they quote as one.
  const joined = buildCitation(clause, shown.join(""));
  const citations = joined ? [joined] : shown.map((s) => buildCitation(clause, s)).filter((c): c is Citation => c !== null);
  return { answer: lines.join("\n"), citations, departments };
}
