import type { Clause } from "../corpus/clause-schema.js";
import { describeTarget } from "../corpus/describe-target.js";
import type { Citation, ReplyDepartment } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { listReplyDepartments } from "./list-reply-departments.js";
import { splitSentences } from "./split-sentences.js";
import { foldText } from "../text/fold-text.js";

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
/** What the question named, so the part introduction's targets for it come along (introTargets). */
export interface SummaryContext {
  clauses: readonly Clause[];
  /** Folded forms of each concept the question names. */
  conceptForms: readonly (readonly string[])[];
  /**
   * The question asks for a list ("第二部分提出培育哪几类集群"): a part's introduction is followed by the
   * clauses of the part, each title with its opening sentence — they are the kinds it lists.
   */
  list?: boolean;
}

export function composeClauseSummary(clause: Clause, maxSentences = SUMMARY_SENTENCES, context?: SummaryContext): ClauseSummary {
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
  // "第3.5条对专精特新有何表述": the part introduction may set the target for what is named (第三部分：新增
  // “专精特新”企业5户以上) — the clause itself states none; it is quoted after the clause.
  const intro = context ? introTargets(clause, context.clauses, context.conceptForms) : null;
  if (intro) {
    lines.push(intro.line);
    citations.push(intro.citation);
  }
  const members = context?.list && !clause.clauseId.includes(".") ? context.clauses.filter((c) => c.docId === clause.docId && c.clauseId.startsWith(`${clause.clauseId}.`)) : [];
  if (members.length) {
    lines.push(`本部分下设 ${members.length} 条：`);
    for (const m of members) {
      const first = splitSentences(m.text)[0];
      const c = first ? buildCitation(m, first) : null;
      lines.push(`· ${m.label}「${m.title}」${c ? `：「${c.quote}」` : ""}${formatMarker(m.label)}`);
      if (c) citations.push(c);
    }
  }
  return { answer: lines.join("\n"), citations, departments };
}

/**
 * The targets a clause's part introduction (N of N.M) sets for a concept the question names, as one
 * quoted line and its citation; null when the introduction sets none of them (or the clause is one).
 */
function introTargets(clause: Clause, clauses: readonly Clause[], conceptForms: readonly (readonly string[])[]): { line: string; citation: Citation } | null {
  const part = clause.clauseId.split(".")[0];
  if (!clause.clauseId.includes(".") || !conceptForms.length) return null;
  const intro = clauses.find((c) => c.docId === clause.docId && c.clauseId === part);
  if (!intro) return null;
  const named = (x: string) => conceptForms.some((forms) => forms.some((f) => f.length >= 2 && foldText(x).includes(f)));
  const sentence = intro.targets.filter((t) => named(t.metric)).map((t) => splitSentences(intro.text).find((x) => x.includes(t.valueText) && named(x))).find((x) => x !== undefined);
  const citation = sentence ? buildCitation(intro, sentence) : null;
  if (!sentence || !citation) return null;
  return { line: `${intro.label}「${intro.title}」的导语对此提出的目标：「${sentence}」〔${intro.label}〕`, citation };
}
