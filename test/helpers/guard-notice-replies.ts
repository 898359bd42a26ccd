import { guardEngine } from "../../src/engine/guard-engine.js";
import { buildNoticeReply, DEADLINE_MESSAGE } from "../../src/engine/guard-replies.js";
import type { Engine } from "../../src/engine/engine.js";
import { createRequestRateLimiter } from "../../src/limits/request-rate-limiter.js";
import type { Reply } from "../../src/reply/reply-schema.js";

/**
 * The replies the real guard returns without asking the engine: empty input, too long, rate limited,
 * deadline. The inner engine is a plain answer so the rate limit has something to let through first.
 */
export async function buildGuardNotices(answer: Reply): Promise<Record<"empty" | "tooLong" | "rateLimited" | "deadline", Reply>> {
  const inner: Engine = { handle: async () => answer };
  let t = 0;
  const guard = guardEngine(inner, {
    maxInputChars: 50,
    hashUserId: (p, u) => `${p}:${u}`,
    rateLimiter: createRequestRateLimiter({ userPerMinute: 1, channelPerMinute: 100, clock: { now: () => t } }),
  });
  const ask = (text: string) => guard.handle({ text, conversationId: "c", userId: "u", platform: "slack", channelId: "C1" });
  const empty = await ask("<@UBOT>  ");
  const tooLong = await ask("铝".repeat(51));
  await ask("三（四）讲了什么？");
  const rateLimited = await ask("三（四）讲了什么？");
  return { empty, tooLong, rateLimited, deadline: buildNoticeReply("error", DEADLINE_MESSAGE, "c") };
}

/** One real reply of every kind the engine produces for chat users, from the test engine over the corpus. */
export async function buildReplyOfEveryKind(engine: Engine): Promise<Reply[]> {
  const ask = (text: string, intent?: "help" | "targets" | "departments" | "clause" | "check", conversationId = `k-${text}`) =>
    engine.handle({ text, conversationId, userId: "u", platform: "cli", ...(intent ? { intent } : {}) });
  return Promise.all([
    ask("再生铝项目布局有什么要求？"),
    ask("3.4", "clause"),
    ask("省发展改革委", "departments"),
    ask("", "targets"),
    ask("", "help"),
    ask("新建再生铝项目", "check"),
    ask("今天天气怎么样？"),
  ]);
}
