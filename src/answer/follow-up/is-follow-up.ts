import { findClauseRefs } from "../../corpus/resolve-clause-ref.js";
import { extractTopic } from "../question-terms.js";
import { loadQuestionCues } from "../question-cues.js";

/**
 * A question that cannot stand alone: it points back (那/这条/第二条/上一条), is only a year ("2035年呢"),
 * or asks something (谁牵头？) without naming any topic or clause of its own.
 */
export function isFollowUp(question: string): boolean {
  const q = question.trim();
  if (!q) return false;
  if (findClauseRefs(q).length > 0) return false;
  if (/^(?:那|那么|还有|另外)/.test(q)) return true;
  if (/(?:这一?条|该条|本条|此条|上一条|下一条)/.test(q)) return true;
  if (/^第[一二三四五六七八九十两\d]{1,3}[个条项款点]/.test(q)) return true;
  if (/呢[？?]?$/.test(q) && q.length <= 12) return true;
  // "谁牵头？" / "目标是多少？": an ask with no topic of its own borrows the previous one.
  return extractTopic(q) === "" || (q.length <= 8 && loadQuestionCues().followUpCues.some((c) => q.includes(c)));
}
