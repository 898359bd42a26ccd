import { describe, expect, it } from "vitest";
import { foldForMatch } from "../../src/corpus/normalize-text.js";
import { ReplySchema } from "../../src/reply/reply-schema.js";
import { createTestApp } from "../helpers/create-test-app.js";

describe("project checks through the engine (admission module as CheckHandler)", () => {
  it("a description starts a check; 不清楚 finishes it with a report, verified citations and cleared state", async () => {
    const app = createTestApp();
    const engine = app.engine();
    const first = await engine.handle({ text: "我们拟在兴仁经开区新建电解铝项目，年产10万吨", conversationId: "k1", userId: "u", platform: "cli" });
    ReplySchema.parse(first);
    expect(["question", "check"]).toContain(first.kind);
    expect(first.report?.projectType).toBeTruthy();
    let last = first;
    if (first.kind === "question") {
      expect((await app.conversationStore().get("k1"))?.pendingCheck).not.toBeNull();
      last = await engine.handle({ text: "不清楚", conversationId: "k1", userId: "u", platform: "cli" });
    }
    expect(last.kind).toBe("check");
    expect(last.report?.findings.length).toBeGreaterThan(0);
    expect((await app.conversationStore().get("k1"))?.pendingCheck ?? null).toBeNull();
    const clauses = app.corpus().clauses;
    for (const c of last.citations) expect(foldForMatch(clauses.find((k) => k.clauseId === c.clauseId)!.text)).toContain(foldForMatch(c.quote));
    // After the check, ordinary questions are answered again.
    const next = await engine.handle({ text: "三（三）讲了什么？", conversationId: "k1", userId: "u", platform: "cli" });
    expect(next.kind).toBe("clause");
  });
});
