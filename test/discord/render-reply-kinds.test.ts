import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEmbeds } from "../../src/adapters/discord/render-embeds.js";
import type { App } from "../../src/app/create-app.js";
import type { Reply } from "../../src/reply/reply-schema.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { buildGuardNotices, buildReplyOfEveryKind } from "../helpers/guard-notice-replies.js";

let app: App;
let replies: Reply[];
let notices: Awaited<ReturnType<typeof buildGuardNotices>>;
beforeAll(async () => {
  app = createTestApp();
  replies = await buildReplyOfEveryKind(app.engine());
  notices = await buildGuardNotices(replies[0]!);
}, 30_000);
afterAll(() => app?.close());

describe("renderEmbeds for every reply kind", () => {
  it("the guard's notices are one grey embed holding only the message", () => {
    const colors = new Set<number | undefined>();
    for (const n of Object.values(notices)) {
      const payloads = renderEmbeds(n);
      expect(payloads).toHaveLength(1);
      const [embed] = payloads[0]!.embeds;
      expect(payloads[0]!.embeds).toHaveLength(1);
      expect(embed!.description).toBe(n.answer);
      expect(embed!.fields).toBeUndefined();
      expect(embed!.footer).toBeUndefined();
      colors.add(embed!.color);
    }
    expect(colors.size).toBe(1);
    expect(colors.has(renderEmbeds(replies[0]!)[0]!.embeds[0]!.color)).toBe(false);
  });

  it("every engine reply kind renders a non-empty description and no empty field", () => {
    expect(replies.map((r) => r.kind)).toEqual(["answer", "clause", "departments", "targets", "help", "question", "refusal"]);
    for (const r of replies) {
      const embeds = renderEmbeds(r).flatMap((p) => p.embeds);
      expect(embeds[0]!.description!.trim().length).toBeGreaterThan(0);
      for (const f of embeds.flatMap((e) => e.fields ?? [])) {
        expect(f.name.trim().length).toBeGreaterThan(0);
        expect(f.value.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it("a check that asks for facts shows the report fields and asks each open question exactly once", () => {
    const question = replies.find((r) => r.kind === "question")!;
    const embeds = renderEmbeds(question).flatMap((p) => p.embeds);
    const all = JSON.stringify(embeds);
    expect(embeds.flatMap((e) => e.fields ?? []).some((f) => f.name === "项目准入检查")).toBe(true);
    for (const q of question.report!.questions) expect(all.split(q).length - 1).toBe(1);
  });
});
