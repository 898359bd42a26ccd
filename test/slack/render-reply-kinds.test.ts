import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderBlocks } from "../../src/adapters/slack/render-blocks.js";
import type { App } from "../../src/app/create-app.js";
import type { Reply } from "../../src/reply/reply-schema.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { buildGuardNotices, buildReplyOfEveryKind } from "../helpers/guard-notice-replies.js";
import { blockTexts } from "./slack-fixtures.js";

let app: App;
let replies: Reply[];
let notices: Awaited<ReturnType<typeof buildGuardNotices>>;
beforeAll(async () => {
  app = createTestApp();
  replies = await buildReplyOfEveryKind(app.engine());
  notices = await buildGuardNotices(replies[0]!);
}, 30_000);
afterAll(() => app?.close());

const OPTIONS = { feedbackKey: "k", publishKey: "k" };
const hasActions = (r: Reply) => renderBlocks(r, OPTIONS).some((m) => m.blocks.some((b) => b.type === "actions"));

describe("renderBlocks for every reply kind", () => {
  it("the guard's notices are one plain section: the message, no buttons, no empty blocks", () => {
    expect([notices.empty.kind, notices.tooLong.kind, notices.rateLimited.kind, notices.deadline.kind]).toEqual(["error", "refusal", "error", "error"]);
    for (const n of Object.values(notices)) {
      const messages = renderBlocks(n, OPTIONS);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: n.answer, verbatim: true } }]);
      expect(messages[0]!.text).toBe(n.answer);
    }
    expect(notices.rateLimited.answer).toMatch(/秒后可再次提问/);
  });

  it("every engine reply kind renders non-empty blocks; all but notices keep 👍/👎, out-of-scope refusals included", () => {
    expect(replies.map((r) => r.kind)).toEqual(["answer", "clause", "departments", "targets", "help", "question", "refusal"]);
    for (const r of replies) {
      for (const m of renderBlocks(r, OPTIONS)) for (const t of blockTexts(m.blocks)) expect(t.trim().length).toBeGreaterThan(0);
      expect(hasActions(r)).toBe(true);
    }
  });

  it("a check that asks for facts shows the report and asks each open question exactly once", () => {
    const question = replies.find((r) => r.kind === "question")!;
    expect(question.report!.questions.length).toBeGreaterThan(0);
    const all = renderBlocks(question, OPTIONS).flatMap((m) => blockTexts(m.blocks)).join("\n");
    expect(all).toContain("*项目准入检查*");
    for (const q of question.report!.questions) expect(all.split(q).length - 1).toBe(1);
  });

  it("lists open questions under the report when the answer text does not already ask them", () => {
    const question = replies.find((r) => r.kind === "question")!;
    const bare = { ...question, answer: "项目准入检查结果见下表。" };
    const all = renderBlocks(bare, OPTIONS).flatMap((m) => blockTexts(m.blocks)).join("\n");
    expect(all).toContain("*还需要了解*");
    for (const q of question.report!.questions) expect(all).toContain(q);
  });
});

describe("a project outside the province", () => {
  it("names the document's department as coordinating only, with its note — not as the project's lead", async () => {
    const reply = await app.engine().handle({ text: "/check 云南昆明新建再生铝项目，废铝来源论证做了，环评能评都批了", conversationId: "out-1", userId: "u", platform: "slack", intent: "check" });
    const report = reply.report!;
    expect(report.departments.note).toBeTruthy();
    const all = renderBlocks(reply, OPTIONS).flatMap((m) => blockTexts(m.blocks)).join("\n");
    expect(all).toContain("*协调部门*");
    expect(all).not.toContain("*牵头部门*");
    expect(all).toContain(report.departments.note!);
  });
});
