import { describe, expect, it } from "vitest";
import type { Engine, EngineInput } from "../../src/engine/engine.js";
import { guardEngine } from "../../src/engine/guard-engine.js";
import { createConcurrencyLimiter } from "../../src/limits/concurrency-limiter.js";
import { createManualScheduler } from "../../src/limits/manual-scheduler.js";
import { createRequestRateLimiter } from "../../src/limits/request-rate-limiter.js";
import { createAlubotMetrics } from "../../src/observability/alubot-metrics.js";
import { ReplySchema, type Reply } from "../../src/reply/reply-schema.js";
import { createMemoryAuditLog } from "../../src/store/memory-records.js";
import { createUserHasher } from "../../src/store/user-hasher.js";

/** Stand-in engine: echoes what it received so the test sees exactly what got through the guard. */
function echoEngine(seen: EngineInput[]): Engine {
  return {
    async handle(input): Promise<Reply> {
      seen.push(input);
      return {
        kind: "answer",
        answer: `收到：${input.text}`,
        citations: [{ docId: "d", clauseId: "3.4", label: "三（四）", title: "t", quote: "q" }],
        departments: [],
        outOfScope: input.text.includes("天气"),
        mode: "offline",
        followUps: [],
        conversationId: input.conversationId,
        report: null,
      };
    },
  };
}

const input = (text: string, over: Partial<EngineInput> = {}): EngineInput => ({
  text, conversationId: "conv-1", userId: "U123", platform: "slack", channelId: "C1", ...over,
});

function setup(over: { userPerMinute?: number } = {}) {
  const seen: EngineInput[] = [];
  const clock = createManualScheduler(1_000_000);
  const audit = createMemoryAuditLog();
  const metrics = createAlubotMetrics();
  const logs: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const log = (level: string) => (obj: object, msg: string) => void logs.push({ level, obj: obj as Record<string, unknown>, msg });
  const guarded = guardEngine(echoEngine(seen), {
    maxInputChars: 50,
    hashUserId: createUserHasher("salt"),
    rateLimiter: createRequestRateLimiter({ userPerMinute: over.userPerMinute ?? 3, channelPerMinute: 100, clock }),
    audit,
    metrics,
    logger: { info: log("info"), debug: log("debug"), warn: log("warn"), error: log("error") },
    now: clock.now,
  });
  return { seen, clock, audit, metrics, logs, guarded };
}

describe("guardEngine", () => {
  it("passes cleaned text to the engine and audits the exchange with a hashed user id", async () => {
    const { seen, audit, metrics, logs, guarded } = setup();
    const reply = await guarded.handle(input("<@U999> 再生铝\u200b目标 ２０２７"));
    expect(seen.map((s) => s.text)).toEqual(["再生铝目标 2027"]);
    expect(reply.answer).toBe("收到：再生铝目标 2027");
    const [rec] = audit.records();
    expect(rec).toMatchObject({ platform: "slack", channelId: "C1", question: "再生铝目标 2027", mode: "offline", conversationId: "conv-1" });
    expect(rec!.userHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit.records())).not.toContain("U123");
    expect(metrics.questions.value({ platform: "slack" })).toBe(1);
    expect(metrics.answers.value({ mode: "offline", kind: "answer" })).toBe(1);
    // Question text only at debug; the info line carries no user text and no raw user id.
    const info = logs.find((l) => l.level === "info")!;
    expect(JSON.stringify(info)).not.toContain("再生铝");
    expect(JSON.stringify(logs)).not.toContain("U123");
    expect(logs.find((l) => l.level === "debug")?.obj.question).toBe("再生铝目标 2027");
  });

  it("answers empty and over-long input in Chinese without calling the engine", async () => {
    const { seen, audit, metrics, guarded } = setup();
    const empty = await guarded.handle(input("<@U999> \u200b "));
    const long = await guarded.handle(input("铝".repeat(51)));
    expect(seen).toEqual([]);
    for (const r of [empty, long]) {
      expect(ReplySchema.safeParse(r).success).toBe(true);
      expect(r.answer).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(empty.kind).toBe("error");
    expect(long.kind).toBe("refusal");
    expect(long.answer).toContain("50");
    expect(audit.records()).toHaveLength(2);
    expect(audit.records()[1]!.question.length).toBe(50);
    expect(metrics.refusals.value({ reason: "empty" })).toBe(1);
    expect(metrics.refusals.value({ reason: "too-long" })).toBe(1);
  });

  it("lets a text-less slash command through", async () => {
    const { seen, guarded } = setup();
    await guarded.handle(input("", { intent: "help" }));
    expect(seen).toHaveLength(1);
  });

  it("answers 请求过于频繁 when a user floods, and admits them again later", async () => {
    const { seen, clock, metrics, guarded } = setup({ userPerMinute: 3 });
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await guarded.handle(input(`问题${i}`)));
    expect(seen).toHaveLength(3);
    expect(replies[3]!.kind).toBe("error");
    expect(replies[3]!.answer).toContain("请求过于频繁，请稍后再试");
    expect(metrics.refusals.value({ reason: "rate-limited-user" })).toBe(2);
    // Another user in the same channel is unaffected; the terminal is never limited.
    expect((await guarded.handle(input("别人的问题", { userId: "U777" }))).kind).toBe("answer");
    for (let i = 0; i < 5; i++) expect((await guarded.handle(input("本地", { platform: "terminal" }))).kind).toBe("answer");
    clock.advance(60_000);
    expect((await guarded.handle(input("一分钟后"))).kind).toBe("answer");
  });

  it("turns a throwing or malformed engine into a Chinese error reply", async () => {
    const audit = createMemoryAuditLog();
    const throwing = guardEngine({ handle: () => Promise.reject(new Error("boom")) }, { maxInputChars: 100, hashUserId: createUserHasher("s"), audit });
    const malformed = guardEngine({ handle: async () => ({ kind: "answer" }) as unknown as Reply }, { maxInputChars: 100, hashUserId: createUserHasher("s") });
    for (const engine of [throwing, malformed]) {
      const r = await engine.handle(input("再生铝"));
      expect(r.kind).toBe("error");
      expect(r.answer).toContain("内部错误");
      expect(ReplySchema.safeParse(r).success).toBe(true);
    }
    expect(audit.records()).toHaveLength(1);
  });

  it("answers 请求过于频繁 when the request cap and queue are full", async () => {
    const scheduler = createManualScheduler();
    let release!: () => void;
    const slow: Engine = {
      handle: (i) =>
        new Promise((resolve) => {
          release = () => resolve({ kind: "answer", answer: "好", citations: [], departments: [], outOfScope: false, mode: "offline", followUps: [], conversationId: i.conversationId, report: null });
        }),
    };
    const guarded = guardEngine(slow, {
      maxInputChars: 100,
      hashUserId: createUserHasher("s"),
      concurrency: createConcurrencyLimiter({ concurrency: 1, queueSize: 0, deadlineMs: 1000, scheduler }),
    });
    const first = guarded.handle(input("一"));
    const second = await guarded.handle(input("二"));
    expect(second.answer).toContain("请求过于频繁，请稍后再试");
    release();
    expect((await first).answer).toBe("好");
  });
});
