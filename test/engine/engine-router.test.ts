import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";
import { asksProjectCheck, looksLikeProject } from "../../src/engine/route-intent.js";
import { createDefaultQueryAnalyzer } from "../../src/understanding/default-query-analyzer.js";
import type { CheckHandler, CheckInput } from "../../src/engine/check-handler.js";
import { ReplySchema } from "../../src/reply/reply-schema.js";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import { converse, createRecordingLogger, createTestEngine } from "../helpers/create-test-engine.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const corpus = loadTestCorpus();
const ask = (engine: ReturnType<typeof createTestEngine>["engine"], text: string, extra: object = {}) =>
  engine.handle({ text, conversationId: "r1", userId: "u", platform: "cli", ...extra });

/** A recording check handler: asks one question, then completes with a report. */
function fakeChecker(): CheckHandler & { calls: CheckInput[] } {
  const calls: CheckInput[] = [];
  return {
    calls,
    async check(input) {
      calls.push(input);
      if (!input.pending) return { reply: { kind: "question", answer: "请问项目规模是多少？", citations: [], departments: [], followUps: [], report: null }, pending: { text: input.text } };
      return { reply: { kind: "check", answer: "检查完成。", citations: [], departments: [], followUps: [], report: null }, pending: null };
    },
  };
}

describe("engine intent router", () => {
  it("every reply matches the Reply schema and carries the conversation id", async () => {
    const { engine } = createTestEngine();
    for (const q of ["帮助", "三（三）", "发改委负责哪些工作？", "列出全部量化目标", "到2027年再生铝占比目标是多少？", "今天天气怎么样"]) {
      const r = await ask(engine, q);
      expect(ReplySchema.parse(r).conversationId).toBe("r1");
    }
  });

  it("clause lookups in every written form resolve to the same clause", async () => {
    const { engine } = createTestEngine();
    for (const q of ["三（三）讲了什么？", "3.3讲了什么", "第三部分第三条讲了什么"]) {
      const r = await ask(engine, q);
      expect(r.kind, q).toBe("clause");
      expect(r.citations.map((c) => c.clauseId)).toEqual(["3.3"]);
    }
  });

  it("an unknown clause is refused with suggestions and no citation", async () => {
    const { engine } = createTestEngine();
    const r = await ask(engine, "九（九）讲了什么？");
    expect(r.outOfScope).toBe(true);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain("没有条款");
  });

  it("a department's duties via an alias, lead clauses first", async () => {
    const { engine } = createTestEngine();
    const r = await ask(engine, "发改委负责哪些工作？");
    expect(r.kind).toBe("departments");
    const name = "省发展改革委";
    const leadIn = corpus.clauses.filter((c) => c.departments.find((d) => !d.implicit)?.name === name);
    expect(r.answer).toContain(`列首位（通常为牵头部门）的 ${leadIn.length} 条`);
    for (const c of r.citations) expect(corpus.clauses.find((k) => k.clauseId === c.clauseId)!.departments.some((d) => d.name === name)).toBe(true);
  });

  it("the targets list cites every clause that holds a target", async () => {
    const { engine } = createTestEngine();
    const r = await ask(engine, "列出全部量化目标");
    expect(r.kind).toBe("targets");
    const holders = new Set(corpus.clauses.filter((c) => c.targets.length).map((c) => c.clauseId));
    expect(new Set(r.citations.map((c) => c.clauseId))).toEqual(holders);
  });

  it("help and reset", async () => {
    const { engine, store } = createTestEngine();
    expect((await ask(engine, "/help")).kind).toBe("help");
    await ask(engine, "三（三）讲了什么？");
    expect(await store.get("r1")).toBeDefined();
    const reset = await ask(engine, "重新开始");
    expect(reset.answer).toContain("新的对话");
    expect(await store.get("r1")).toBeUndefined();
  });

  it("a project description goes to the check handler; the pending state routes the next message", async () => {
    const checker = fakeChecker();
    const { engine, store } = createTestEngine({ checkHandler: checker });
    const [q, done] = await converse(engine, "p1", "我们拟在兴仁经开区新建电解铝项目，年产10万吨", "20万吨");
    expect(q!.kind).toBe("question");
    expect(checker.calls[0]).toEqual({ text: "我们拟在兴仁经开区新建电解铝项目，年产10万吨", pending: null });
    expect(checker.calls[1]!.pending).toEqual({ text: "我们拟在兴仁经开区新建电解铝项目，年产10万吨" });
    expect(done!.kind).toBe("check");
    expect((await store.get("p1"))?.pendingCheck).toBeNull();
  });

  it("a rules question about projects is not mistaken for a project description", async () => {
    const checker = fakeChecker();
    const { engine } = createTestEngine({ checkHandler: checker });
    const r = await ask(engine, "新建电解铝项目有什么要求？");
    expect(checker.calls).toEqual([]);
    expect(r.kind).toBe("answer");
  });

  it("without a check handler a project description gets a clear Chinese message", async () => {
    const { engine } = createTestEngine();
    const r = await ask(engine, "我们计划在清镇经开区建设再生铝项目，规模5万吨");
    expect(r.kind).toBe("error");
    expect(r.answer).toContain("暂未启用");
  });

  it("an explicit intent overrides the router", async () => {
    const { engine } = createTestEngine();
    const asClause = await ask(engine, "3.4", { intent: "clause" });
    expect(asClause.kind).toBe("clause");
    expect(asClause.answer).not.toContain("以上为前");
    const asDepts = await ask(engine, "三（四）", { intent: "departments" });
    expect(asDepts.kind).toBe("departments");
    const asTargets = await ask(engine, "随便什么", { intent: "targets" });
    expect(asTargets.kind).toBe("targets");
  });

  it("never throws: a failing retriever becomes a Chinese error reply and is logged", async () => {
    const logger = createRecordingLogger();
    const { engine } = createTestEngine({ logger, retriever: { retrieve: async () => { throw new Error("index missing"); } } });
    const r = await ask(engine, "到2027年再生铝占比目标是多少？");
    expect(r.kind).toBe("error");
    expect(r.answer).toContain("出错");
    expect(r.answer).not.toContain("index missing");
    expect(logger.entries.some((e) => e.level === "error")).toBe(true);
  });

  it("empty and over-long input get clear messages", async () => {
    const { engine } = createTestEngine();
    expect((await ask(engine, "   ")).answer).toContain("请输入");
    const long = await ask(engine, "铝".repeat(2001));
    expect(long.kind).toBe("error");
    expect(long.answer).toContain("2000");
  });

  it("a store that fails to save does not cost the user the answer", async () => {
    const base = createTestEngine();
    const { engine } = createTestEngine({ store: { get: async () => undefined, save: async () => { throw new Error("disk full"); }, delete: async () => {} } });
    const r = await ask(engine, "到2027年再生铝占比目标是多少？");
    const ref = await ask(base.engine, "到2027年再生铝占比目标是多少？");
    expect(r.answer).toBe(ref.answer);
    expect(foldForMatch(r.answer).length).toBeGreaterThan(0);
  });
});

describe("project descriptions without 项目/厂 are routed to the admission check", () => {
  it.each([
    "在兴仁经开区新建电解铝，420kA电解槽",
    "新建电解铝，350kA 电解槽，没有产能指标",
    "在清镇经开区建汽车轮毂厂",
    "我们打算在水城经开区扩建再生铝，年产10万吨",
  ])("%s → check", (text) => {
    expect(looksLikeProject(text)).toBe(true);
  });

  it.each(["新建电解铝有什么要求", "电解铝项目要满足啥条件", "新上电解铝有什么要求", "拟新建氧化铝项目需要什么", "再生铝占比目标是多少？"])(
    "%s stays a question",
    (text) => {
      expect(looksLikeProject(text)).toBe(false);
    },
  );
});

describe("a long message's own question decides, not the project in its background", () => {
  const analyzer = createDefaultQueryAnalyzer(corpus.clauses);
  // The production engine (hybrid retrieval), as the bench runs it.
  const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
  afterAll(() => app.close());
  // Phrasings written for this test: the project is who is asking; the question is about the document.
  it.each([
    ["我们公司在毕节准备新建一个铝型材项目，投资十来个亿，地都谈好了。想请教一下，像这种大项目省里会不会派人入企走访、帮忙协调？", "6.1", "入企走访"],
    ["我们打算在六盘水扩建再生铝，年产5万吨。财务让我问问：再生铝企业有没有增值税即征即退这类优惠？", "6.2", "即征即退"],
  ])("%s → an answer", async (text, clauseId, fact) => {
    expect(asksProjectCheck(analyzer.analyze(text))).toBe(false);
    const r = await app.engine().handle({ text, conversationId: `long-${clauseId}`, userId: "u", platform: "cli" });
    expect(r.kind).toBe("answer");
    expect(r.citations.map((c) => c.clauseId)).toContain(clauseId);
    expect(r.answer).toContain(fact);
  });

  it("answers a second sub-question on its own, each with its own cited clause", async () => {
    const text = "我们是做铝轮毂的，厂子在兴仁，一百来号人。想问一下文件里车上用的铝具体支持哪些产品？另外中小企业有没有什么专门的扶持行动？";
    const r = await app.engine().handle({ text, conversationId: "long-two", userId: "u", platform: "cli" });
    expect(r.answer).toContain("2 个问题");
    const ids = r.citations.map((c) => c.clauseId);
    expect(ids).toContain("2.1");
    expect(ids).toContain("3.5");
    expect(r.answer).toContain("星光");
  });

  it.each([
    "我们计划在清镇经开区新建年产10万吨的再生铝项目，环评和能评都批了。这样算符合要求吗？",
    "在兴仁经开区新建电解铝，420kA电解槽，产能指标已经买到。这样行不行？",
  ])("%s → still a check", (text) => {
    expect(asksProjectCheck(analyzer.analyze(text))).toBe(true);
  });
});
