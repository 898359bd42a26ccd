import type { Clause } from "../../corpus/clause-schema.js";
import { parseChineseNumeral } from "../../corpus/chinese-numerals.js";
import { findClauseRefs } from "../../corpus/resolve-clause-ref.js";
import type { ConversationTurn } from "../../store/conversation-store.js";
import { extractTopic, extractYears } from "../question-terms.js";
import { classifyQuestion } from "../question-type.js";
import { isFollowUp } from "./is-follow-up.js";
import type { QueryAnalysis } from "../../understanding/query-analysis.js";

export interface FollowUpRewrite {
  /** The question to retrieve and answer with; the input itself when it stands alone. */
  standalone: string;
  isFollowUp: boolean;
  /** Clause ids of the previous turn, ranked ahead of retrieval for a follow-up. */
  contextClauseIds: string[];
}

/** How each question type is asked, to re-ask it about a new topic. */
const ASK_BY_TYPE: Record<ReturnType<typeof classifyQuestion>, string> = {
  target: "的目标是多少？",
  who: "的牵头部门是谁？",
  where: "可以布局在哪些园区？",
  rule: "有什么要求？",
  support: "有哪些支持政策？",
  clause: "讲了什么？",
  other: "？",
};

const ORDINAL_RE = /第([一二三四五六七八九十两\d]{1,3})[条项款点]/;
const THIS_RE = /(?:这一?条|该条|本条|此条|这个条款)/;
const NEIGHBOUR_RE = /(上一条|下一条)/;

/**
 * Deterministic follow-up rewriting from the previous user turn (stored as its standalone question)
 * and the clauses the previous answer cited:
 * - "第二条呢" / "这条的牵头部门呢" / "下一条" → the clause in the same part, with the previous ask;
 * - "2035年呢？" → the previous question with its year replaced;
 * - "那牵头部门是谁？" → the previous topic + the new ask.
 */
export function rewriteFollowUp(
  text: string,
  history: readonly ConversationTurn[],
  clauses: readonly Clause[],
  /** The message's analysis: a question naming no concept of its own leans on the conversation. */
  analysis?: Pick<QueryAnalysis, "specific" | "refs" | "english" | "uncovered" | "concepts">,
): FollowUpRewrite {
  const question = text.trim();
  const prevUser = [...history].reverse().find((t) => t.role === "user");
  const prevAssistant = [...history].reverse().find((t) => t.role === "assistant");
  const none: FollowUpRewrite = { standalone: question, isFollowUp: false, contextClauseIds: [] };
  if (!prevUser) return none;
  // "What about recycled aluminium?", "And for alumina?": a new topic asked the way the last one was.
  const englishNewTopic = analysis?.english && /^(?:and\s+)?(?:what|how)\s+about\b|^and\s+(?:for|the)\b/i.test(question) && analysis.specific.length > 0;
  if (englishNewTopic) {
    const standalone = `${analysis.specific.map((c) => c.label).join("和")}${ASK_BY_TYPE[classifyQuestion(prevUser.text)]}`;
    return { standalone, isFollowUp: true, contextClauseIds: [] };
  }
  const leans = analysis ? analysis.refs.length === 0 && analysis.specific.length === 0 && analysis.uncovered.length === 0 && question.length <= 40 : false;
  if (!isFollowUp(question) && !leans) return none;
  const contextClauseIds = prevAssistant?.clauseIds.length ? prevAssistant.clauseIds : prevUser.clauseIds;
  const prevClause = clauses.find((c) => c.clauseId === contextClauseIds[0]);

  const refClause = resolveRelativeClause(question, prevClause, clauses);
  if (refClause) {
    const ask = stripAsk(question.replace(ORDINAL_RE, "").replace(THIS_RE, "").replace(NEIGHBOUR_RE, ""));
    const standalone = ask ? `${refClause.label}${ask.startsWith("的") ? "" : "的"}${ask}` : swapClauseRef(prevUser.text, refClause, prevClause);
    return { standalone, isFollowUp: true, contextClauseIds: [refClause.clauseId] };
  }

  const years = extractYears(question);
  if (years.length > 0 && !extractTopic(question)) {
    const year = `${years[0]}年`;
    // The last question that named a year is the one being varied ("2035年呢" after a 2027 target).
    const prev = [...history].reverse().find((t) => t.role === "user" && /(?:19|20)\d{2}\s*年/.test(t.text))?.text ?? prevUser.text;
    const standalone = /(?:19|20)\d{2}\s*年/.test(prev) ? prev.replace(/(?:19|20)\d{2}\s*年/, year) : `到${year}，${prev}`;
    return { standalone, isFollowUp: true, contextClauseIds };
  }

  // "原铝就地转化率呢？": a new topic asked the way the previous question asked.
  const newTopic = extractTopic(stripAsk(question));
  if (newTopic && /^(?:那么|那|还有|另外)?[^，,]*呢[？?]?$/.test(question)) {
    const year = prevUser.text.match(/(?:到|在)?(?:19|20)\d{2}\s*年/)?.[0] ?? "";
    const standalone = `${year ? `${year.startsWith("到") ? year : `到${year}`}，` : ""}${newTopic}${ASK_BY_TYPE[classifyQuestion(prevUser.text)]}`;
    return { standalone, isFollowUp: true, contextClauseIds: [] };
  }

  const ask = stripAsk(question);
  const topic = extractTopic(prevUser.text) || prevClause?.label || "";
  const standalone = topic ? `${topic}的${ask}` : ask;
  return { standalone: ensureQuestionMark(standalone), isFollowUp: true, contextClauseIds };
}

/** 第N条 (same part as the previous clause), 上一条/下一条, 这条. */
function resolveRelativeClause(q: string, prev: Clause | undefined, clauses: readonly Clause[]): Clause | undefined {
  if (!prev || findClauseRefs(q).length > 0) return undefined;
  const part = prev.clauseId.split(".")[0]!;
  const ordinal = q.match(ORDINAL_RE);
  if (ordinal && !q.includes("部分")) {
    const n = parseChineseNumeral(ordinal[1]!);
    return n === null ? undefined : clauses.find((c) => c.docId === prev.docId && c.clauseId === `${part}.${n}`);
  }
  const neighbour = q.match(NEIGHBOUR_RE);
  if (neighbour) {
    const idx = clauses.indexOf(prev);
    const next = clauses[neighbour[1] === "下一条" ? idx + 1 : idx - 1];
    return next && next.docId === prev.docId ? next : undefined;
  }
  return THIS_RE.test(q) ? prev : undefined;
}

/** The previous question with its clause reference replaced; a clause-summary question otherwise. */
function swapClauseRef(prevText: string, next: Clause, prev: Clause | undefined): string {
  if (prev && prevText.includes(prev.label)) return prevText.replace(prev.label, next.label);
  const type = classifyQuestion(prevText);
  if (type === "who") return `${next.label}的牵头部门是谁？`;
  return `${next.label}讲了什么？`;
}

/** The asking part of a follow-up: leading 那/那么, trailing 呢 and punctuation removed. */
function stripAsk(q: string): string {
  return q
    .replace(/^(?:那么|那|还有|另外|再问一下|请问)[，,、\s]*/, "")
    .replace(/[呢吗？?。！!，,\s]+$/, "")
    .trim();
}

function ensureQuestionMark(s: string): string {
  return /[？?]$/.test(s) ? s : `${s}？`;
}
