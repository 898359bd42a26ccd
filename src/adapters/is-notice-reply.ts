import type { Reply } from "../reply/reply-schema.js";

/**
 * A notice is a reply that says nothing about the policy: an error (empty input, rate limit,
 * deadline, internal failure) or the guard's refusal of unusable input (too long). There is nothing
 * to rate or to share, so renderers show only the message: no 👍/👎, no "公开到频道". An out-of-scope
 * refusal is NOT a notice: it is the engine's judgement about the question, and a 👎 on it is how
 * users report a wrongly rejected in-scope question.
 */
export function isNoticeReply(reply: Reply): boolean {
  if (reply.kind === "error") return true;
  return reply.kind === "refusal" && !reply.outOfScope && reply.citations.length === 0;
}
