import type { FeedbackRecord } from "../store/feedback-store.js";
import type { StoredAnswer } from "./stored-answer.js";

/**
 * A 👍/👎 as stored: with the question, answer and citations it rates, under the hashed user id.
 * Without the stored answer (expired) it keeps what the platform still shows.
 */
export function buildFeedbackRecord(
  stored: StoredAnswer | undefined,
  fields: { at: number; platform: "slack" | "discord"; userHash: string; rating: "up" | "down"; channelId: string | null; shownText?: string; reason?: string },
): FeedbackRecord {
  const reason = fields.reason?.trim();
  return {
    at: fields.at,
    platform: fields.platform,
    channelId: stored?.channelId ?? fields.channelId,
    userHash: fields.userHash,
    rating: fields.rating,
    question: stored?.question ?? "",
    answer: stored?.reply.answer ?? fields.shownText ?? "",
    citations: stored?.reply.citations ?? [],
    ...(reason ? { reason } : {}),
  };
}

export const FEEDBACK_THANKS = { up: "感谢反馈！👍", down: "感谢反馈，我们会改进。👎" } as const;
export const EXPIRED_TEXT = "这条回答已过期，请重新提问。";
export const STALE_CHECK_TEXT = "这个问题已经回答过了，请回答最新的一条提问。";
