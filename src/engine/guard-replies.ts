import type { Reply } from "../reply/reply-schema.js";

export const RATE_LIMITED_MESSAGE = "请求过于频繁，请稍后再试";
export const INTERNAL_ERROR_MESSAGE = "抱歉，处理您的问题时出现内部错误，请稍后再试。如果问题反复出现，请联系管理员。";
export const DEADLINE_MESSAGE = "抱歉，这次回答超时了，请稍后再试，或把问题说得更具体一些。";

/** A reply that carries only a message: rejected input, rate limits, internal errors. */
export function buildNoticeReply(kind: "error" | "refusal", answer: string, conversationId: string | null): Reply {
  return {
    kind,
    answer,
    citations: [],
    departments: [],
    outOfScope: false,
    mode: "offline",
    followUps: [],
    conversationId,
    report: null,
  };
}

export function rateLimitedMessage(retryAfterMs?: number): string {
  if (retryAfterMs === undefined) return `${RATE_LIMITED_MESSAGE}。`;
  return `${RATE_LIMITED_MESSAGE}（约 ${Math.max(1, Math.ceil(retryAfterMs / 1000))} 秒后可再次提问）。`;
}
