import { afterAll, describe, expect, it } from "vitest";
import { combineReplies } from "../../src/engine/replies/combine-replies.js";
import { makeReply } from "../../src/engine/replies/make-reply.js";
import { createTestApp } from "../helpers/create-test-app.js";

const cite = (clauseId: string, quote: string) => ({ docId: "d", clauseId, label: clauseId, title: "t", quote });

describe("combineReplies", () => {
  it("numbers each part, keeps a refused part's first line only, and merges citations without repeats", () => {
    const r = combineReplies([
      { question: "能建吗？", reply: makeReply({ kind: "answer", answer: "有条件……", citations: [cite("3.3", "严禁违规新增电解铝产能。")], departments: [{ name: "省工业和信息化厅", role: "lead" }] }) },
      { question: "电话多少？", reply: makeReply({ kind: "refusal", answer: "该文件未涉及“电话”的相关内容。\n您可以这样问：…", outOfScope: true }) },
      { question: "再说一遍？", reply: makeReply({ kind: "answer", answer: "同上", citations: [cite("3.3", "严禁违规新增电解铝产能。")], departments: [{ name: "省工业和信息化厅", role: "lead" }] }) },
    ]);
    expect(r.answer).toMatch(/^您的消息里有 3 个问题/);
    expect(r.answer).toContain("1. 能建吗？\n有条件……");
    expect(r.answer).toContain("2. 电话多少？\n该文件未涉及“电话”的相关内容。");
    expect(r.answer).not.toContain("您可以这样问");
    expect(r.citations).toHaveLength(1);
    expect(r.departments).toHaveLength(1);
    expect(r.kind).toBe("answer");
    expect(r.outOfScope).toBe(false);
  });

  it("is a refusal only when every part is refused", () => {
    const refusal = makeReply({ kind: "refusal", answer: "该文件未涉及…", outOfScope: true });
    const r = combineReplies([{ question: "a？", reply: refusal }, { question: "b？", reply: refusal }]);
    expect(r.kind).toBe("refusal");
    expect(r.outOfScope).toBe(true);
  });
});

describe("a message with two questions, through the engine", () => {
  const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
  afterAll(() => app.close());

  it("answers each question from its own clause", async () => {
    const r = await app.engine().handle({
      text: "我们是做废铝回收的小厂，在清镇。听说省里要建废铝回收分拣的基地，是真的吗？另外再生铝企业在税收上有没有优惠？",
      conversationId: "compound-1", userId: "u", platform: "cli",
    });
    const cited = new Set(r.citations.map((c) => c.clauseId));
    expect(cited).toContain("3.4");
    expect(cited).toContain("6.2");
    expect(r.answer).toContain("即征即退");
    expect(r.answer).toContain("预处理基地");
  });
});
