import { buildCitation, formatMarker } from "../../answer/build-citation.js";
import { pickTopicSentence } from "../../answer/list-reply-departments.js";
import { splitSentences } from "../../answer/split-sentences.js";
import type { Clause } from "../../corpus/clause-schema.js";
import { findDutiesOf } from "../../corpus/find-departments.js";
import type { Concept } from "../../lexicon/concept-schema.js";
import { ownForms } from "../../lexicon/lexicon.js";
import type { Citation, Reply } from "../../reply/reply-schema.js";
import { foldText } from "../../text/fold-text.js";
import { makeReply } from "./make-reply.js";

/** What a department's duties are narrowed to. */
export interface DutiesScope {
  /** "发改委在第三部分牵头哪几条": the clauses of that part only. */
  part?: number | undefined;
  /** "应急厅参与了哪些矿山和技术攻关的条款": the clauses stating any of these. */
  topics?: readonly Concept[] | undefined;
}

/**
 * Up to this many clauses, each is quoted in the answer itself: "省水利厅负责哪一条" is answered by what
 * 五（三） asks of it (水资源论证和节水评价), not by the clause's title alone. Longer lists stay a list.
 */
const QUOTED_DUTIES = 3;

/**
 * "发改委负责什么": the clauses listing the department, those where it is listed first before the rest.
 * Several departments named ("人行贵州省分行、贵州证监局在哪一条列为责任单位"): the clauses listing all of
 * them first, then each department's own list; citations and clause ids merged.
 */
export function departmentDutiesReply(names: string | readonly string[], clauses: readonly Clause[], scope: DutiesScope = {}): { reply: Reply; clauseIds: string[] } {
  const list = typeof names === "string" ? [names] : [...new Set(names)];
  if (list.length === 1) return oneDepartmentDuties(list[0]!, clauses, scope);
  const each = list.map((n) => oneDepartmentDuties(n, clauses, scope));
  const shared = clauses.filter((c) => list.every((n) => findDutiesOf(n, [c]).length > 0));
  const opening = shared.length
    ? `${list.join("、")}同时列入责任部门名单的有 ${shared.length} 条：${shared.map((c) => `${c.label}「${c.title}」`).join("；")}。`
    : `没有哪一条同时列出${list.join("、")}；下面分别列出。`;
  const citations = [...new Map(each.flatMap((e) => e.reply.citations).map((c) => [`${c.clauseId}|${c.quote}`, c])).values()];
  // Every department listed in exactly the shared clauses: one list says it all.
  const sharedIds = shared.map((c) => c.clauseId).join("|");
  const same = each.every((e) => e.clauseIds.join("|") === sharedIds);
  const body = same
    ? [opening, "原文依据：", ...citations.slice(0, QUOTED_DUTIES).map((c) => `「${c.quote}」${formatMarker(c.label)}`)].join("\n")
    : [opening, ...each.map((e) => e.reply.answer)].join("\n\n");
  return {
    reply: makeReply({
      kind: "departments",
      answer: body,
      citations,
      departments: each.flatMap((e) => e.reply.departments),
      followUps: [...new Set(each.flatMap((e) => e.reply.followUps))].slice(0, 2),
    }),
    clauseIds: [...new Set([...shared.map((c) => c.clauseId), ...each.flatMap((e) => e.clauseIds)])],
  };
}

function oneDepartmentDuties(name: string, clauses: readonly Clause[], scope: DutiesScope): { reply: Reply; clauseIds: string[] } {
  const { part } = scope;
  const inPart = part === undefined ? clauses : clauses.filter((c) => c.clauseId.split(".")[0] === String(part));
  const all = findDutiesOf(name, inPart);
  const where = part === undefined ? "文件中" : `${inPart.find((c) => !c.clauseId.includes("."))?.label ?? `第${part}部分`}中`;
  if (all.length === 0) {
    return { reply: makeReply({ kind: "departments", answer: `${where}没有列出${name}的责任条款。` }), clauseIds: [] };
  }
  const topics = (scope.topics ?? []).map((c) => ({ label: c.label, forms: ownForms(c).filter((f) => f.length >= 2) })).filter((t) => t.forms.length);
  const statesTopic = (c: Clause) => {
    const text = foldText(`${c.title}|${c.text}`);
    return topics.some((t) => t.forms.some((f) => text.includes(f)));
  };
  const about = topics.length ? all.filter((d) => statesTopic(d.clause)) : all;
  const duties = about.length ? about : all;
  const fmt = (c: Clause) => `${c.label}「${c.title}」`;
  const lead = duties.filter((d) => d.role === "lead").map((d) => d.clause);
  const other = duties.filter((d) => d.role !== "lead").map((d) => d.clause);
  const topicNames = topics.map((t) => t.label).join("、");
  const lines = [
    topics.length && about.length
      ? `${name}在${where}共列入 ${all.length} 条的责任部门名单，其中涉及${topicNames}的有 ${duties.length} 条。`
      : `${name}在${where}共列入 ${all.length} 条的责任部门名单。`,
  ];
  if (topics.length && !about.length) lines.push(`其中没有明确写到${topicNames}的条款，以下是全部 ${all.length} 条。`);
  if (lead.length) lines.push(`列首位（通常为牵头部门）的 ${lead.length} 条：${lead.map(fmt).join("；")}。`);
  if (other.length) lines.push(`参与落实的 ${other.length} 条：${other.map(fmt).join("；")}。`);
  const citations: Citation[] = [];
  for (const d of duties) {
    const quote = topicSentence(d.clause, topics.map((t) => t.forms)) ?? pickTopicSentence(d.clause, []);
    const c = quote ? buildCitation(d.clause, quote) : null;
    if (c) citations.push(c);
  }
  if (citations.length && duties.length <= QUOTED_DUTIES) lines.push("原文依据：", ...citations.map((c) => `「${c.quote}」${formatMarker(c.label)}`));
  lines.push("（文件未写“牵头”二字，按惯例列首位者通常为牵头部门。）");
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

/** The first sentence of the clause stating one of the topics, if any does. */
function topicSentence(clause: Clause, topicForms: readonly (readonly string[])[]): string | null {
  if (!topicForms.length) return null;
  return splitSentences(clause.text).find((s) => topicForms.some((forms) => forms.some((f) => foldText(s).includes(f)))) ?? null;
}
