import { buildCitation } from "../../answer/build-citation.js";
import { pickTopicSentence } from "../../answer/list-reply-departments.js";
import type { Clause } from "../../corpus/clause-schema.js";
import { findDutiesOf } from "../../corpus/find-departments.js";
import type { Citation, Reply } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";

/** "发改委负责什么": the clauses listing the department, those where it is listed first before the rest. */
export function departmentDutiesReply(name: string, clauses: readonly Clause[], part?: number): { reply: Reply; clauseIds: string[] } {
  // "发改委在第三部分牵头哪几条": the clauses of that part only.
  const inPart = part === undefined ? clauses : clauses.filter((c) => c.clauseId.split(".")[0] === String(part));
  const duties = findDutiesOf(name, inPart);
  const where = part === undefined ? "文件中" : `${inPart.find((c) => !c.clauseId.includes("."))?.label ?? `第${part}部分`}中`;
  if (duties.length === 0) {
    return { reply: makeReply({ kind: "departments", answer: `${where}没有列出${name}的责任条款。` }), clauseIds: [] };
  }
  const fmt = (c: Clause) => `${c.label}「${c.title}」`;
  const lead = duties.filter((d) => d.role === "lead").map((d) => d.clause);
  const other = duties.filter((d) => d.role !== "lead").map((d) => d.clause);
  const lines = [`${name}在${where}共列入 ${duties.length} 条的责任部门名单。`];
  if (lead.length) lines.push(`列首位（通常为牵头部门）的 ${lead.length} 条：${lead.map(fmt).join("；")}。`);
  if (other.length) lines.push(`参与落实的 ${other.length} 条：${other.map(fmt).join("；")}。`);
  lines.push("（文件未写“牵头”二字，按惯例列首位者通常为牵头部门。）");
  const citations: Citation[] = [];
  for (const d of duties) {
    const quote = pickTopicSentence(d.clause, []);
    const c = quote ? buildCitation(d.clause, quote) : null;
    if (c) citations.push(c);
  }
  return {
    reply: makeReply({
      kind: "departments",
      answer: lines.join("\n"),
      citations,
      departments: [{ name, role: lead.length ? "lead" : "participant" }],
      followUps: duties.slice(0, 2).map((d) => `${d.clause.label}讲了什么？`),
    }),
    clauseIds: duties.map((d) => d.clause.clauseId),
  };
}
