import type { ConcurrencyLimiter } from "../limits/concurrency-limiter.js";
import type { RequestRateLimiter } from "../limits/request-rate-limiter.js";
import type { AlubotMetrics } from "../observability/alubot-metrics.js";
import type { StructuredLogger } from "../observability/structured-logger.js";
import { ReplySchema, type Reply } from "../reply/reply-schema.js";
import { cleanInput } from "../safety/clean-input.js";
import type { AuditLog } from "../store/audit-log.js";
import type { HashUserId } from "../store/user-hasher.js";
import type { Engine, EngineInput, EngineIntent } from "./engine.js";
import { buildNoticeReply, DEADLINE_MESSAGE, INTERNAL_ERROR_MESSAGE, rateLimitedMessage } from "./guard-replies.js";

export interface GuardEngineDeps {
  maxInputChars: number;
  hashUserId: HashUserId;
  rateLimiter?: RequestRateLimiter;
  /** Optional cap on whole requests in flight (the LLM-call cap lives inside the engine). */
  concurrency?: ConcurrencyLimiter;
  audit?: AuditLog;
  metrics?: AlubotMetrics;
  logger?: StructuredLogger;
  now?: () => number;
  /** A local terminal user cannot flood anyone; default: cli and terminal are not rate limited. */
  unlimitedPlatforms?: ReadonlyArray<EngineInput["platform"]>;
}

/** Intents that need no text: a bare /alubot help or /alubot reset is not "empty". */
const TEXTLESS_INTENTS: ReadonlySet<EngineIntent> = new Set(["help", "reset", "departments", "targets"]);

/**
 * Wraps any Engine once, at the composition root: input hygiene, rate limits, optional request cap,
 * then the engine; every exchange (rejected ones included) is audited, counted and logged. Never
 * throws — whatever goes wrong, the user gets a Chinese reply and the process keeps running.
 */
export function guardEngine(engine: Engine, deps: GuardEngineDeps): Engine {
  const now = deps.now ?? Date.now;
  const unlimited = new Set(deps.unlimitedPlatforms ?? ["cli", "terminal"]);

  const answer = async (input: EngineInput, userHash: string): Promise<{ reply: Reply; reason?: string; question: string }> => {
    const conversationId = input.conversationId;
    const cleaned = cleanInput(input.text, { maxChars: deps.maxInputChars });
    let text: string;
    if (cleaned.ok) text = cleaned.text;
    else if (cleaned.reason === "empty" && input.intent && TEXTLESS_INTENTS.has(input.intent)) text = "";
    else {
      const question = typeof input.text === "string" ? input.text.slice(0, deps.maxInputChars) : "";
      const kind = cleaned.reason === "too-long" ? "refusal" : "error";
      return { reply: buildNoticeReply(kind, cleaned.message, conversationId), reason: cleaned.reason, question };
    }
    if (deps.rateLimiter && !unlimited.has(input.platform)) {
      const decision = await deps.rateLimiter.tryAcquire({
        userKey: `${input.platform}:${userHash}`,
        channelKey: input.channelId ? `${input.platform}:${input.channelId}` : null,
      });
      if (!decision.ok) {
        return { reply: buildNoticeReply("error", rateLimitedMessage(decision.retryAfterMs), conversationId), reason: `rate-limited-${decision.scope}`, question: text };
      }
    }
    const call = () => callEngine(engine, { ...input, text }, deps.logger);
    if (!deps.concurrency) return { ...(await call()), question: text };
    const outcome = await deps.concurrency.run(call);
    if (outcome.ok) return { ...outcome.value, question: text };
    if (outcome.reason === "queue-full") return { reply: buildNoticeReply("error", rateLimitedMessage(), conversationId), reason: "busy", question: text };
    if (outcome.reason === "deadline") return { reply: buildNoticeReply("error", DEADLINE_MESSAGE, conversationId), reason: "deadline", question: text };
    return { reply: buildNoticeReply("error", INTERNAL_ERROR_MESSAGE, conversationId), reason: "engine-error", question: text };
  };

  return {
    async handle(input) {
      const started = now();
      const platform = input.platform;
      let userHash = "unknown";
      try {
        userHash = deps.hashUserId(platform, String(input.userId));
      } catch (err) {
        deps.logger?.error({ err }, "无法计算用户哈希");
      }
      let result: { reply: Reply; reason?: string; question: string };
      try {
        result = await answer(input, userHash);
      } catch (err) {
        deps.logger?.error({ err }, "问答防护层内部错误");
        result = { reply: buildNoticeReply("error", INTERNAL_ERROR_MESSAGE, input.conversationId), reason: "guard-error", question: "" };
      }
      const { reply, question } = result;
      const latencyMs = Math.max(0, now() - started);
      const reason = result.reason ?? (reply.outOfScope ? "out-of-scope" : reply.kind === "refusal" ? "refusal" : undefined);
      observe(deps, { input, reply, reason, latencyMs, userHash });
      try {
        await deps.audit?.record({
          at: started,
          platform,
          channelId: input.channelId ?? null,
          userHash,
          conversationId: input.conversationId,
          question,
          answer: reply.answer,
          citations: reply.citations,
          mode: reply.mode,
          outOfScope: reply.outOfScope,
          latencyMs,
        });
      } catch (err) {
        // The resilient store never throws; a custom AuditLog might. The answer still goes out.
        deps.logger?.error({ err }, "审计记录写入失败");
      }
      if (question) deps.logger?.debug({ conversationId: input.conversationId, question }, "question text");
      return reply;
    },
  };
}

/** Calls the engine and validates its reply; a throw or a malformed reply becomes an error reply. */
async function callEngine(engine: Engine, input: EngineInput, logger: GuardEngineDeps["logger"]): Promise<{ reply: Reply; reason?: string }> {
  try {
    const raw = await engine.handle(input);
    const parsed = ReplySchema.safeParse(raw);
    if (parsed.success) return { reply: parsed.data };
    logger?.error({ issues: parsed.error.issues.slice(0, 5) }, "引擎返回的回复不符合格式");
  } catch (err) {
    logger?.error({ err }, "引擎抛出异常");
  }
  return { reply: buildNoticeReply("error", INTERNAL_ERROR_MESSAGE, input.conversationId), reason: "engine-error" };
}

function observe(
  deps: GuardEngineDeps,
  e: { input: EngineInput; reply: Reply; reason: string | undefined; latencyMs: number; userHash: string },
): void {
  const { input, reply, reason, latencyMs } = e;
  deps.metrics?.questions.inc({ platform: input.platform, kind: reply.kind });
  deps.metrics?.latency.observe(latencyMs / 1000, { platform: input.platform });
  deps.metrics?.answers.inc({ mode: reply.mode, kind: reply.kind });
  if (reply.mode === "llm-fallback") deps.metrics?.llmFallbacks.inc({ platform: input.platform });
  if (reason) deps.metrics?.refusals.inc({ reason });
  const fields = {
    platform: input.platform,
    channelId: input.channelId ?? null,
    userHash: e.userHash.slice(0, 16),
    conversationId: input.conversationId,
    kind: reply.kind,
    mode: reply.mode,
    citations: reply.citations.map((c) => c.clauseId),
    latencyMs,
    ...(reason ? { reason } : {}),
  };
  if (reason && reason !== "out-of-scope" && reason !== "refusal") deps.logger?.warn(fields, "question rejected");
  else deps.logger?.info(fields, "question answered");
}
