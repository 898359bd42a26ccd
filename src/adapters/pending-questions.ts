import type { Reply } from "../reply/reply-schema.js";

/**
 * The report's open questions that the answer text does not already ask. While a check is asking
 * for facts (kind "question") the answer lists them itself; repeating them under the table would
 * show every question twice.
 */
export function listPendingQuestions(reply: Reply): string[] {
  return (reply.report?.questions ?? []).filter((q) => !reply.answer.includes(q));
}
