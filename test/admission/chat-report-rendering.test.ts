import { describe, expect, it } from "vitest";
import { renderEmbeds } from "../../src/adapters/discord/render-embeds.js";
import { renderBlocks } from "../../src/adapters/slack/render-blocks.js";
import { createAdmissionCheckHandler } from "../../src/engine/create-admission-check-handler.js";
import { makeReply } from "../../src/engine/replies/make-reply.js";
import { createOfflineProfileExtractor } from "../../src/admission/profile-extractor.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { corpus, knowledge } = loadTestKnowledge();
const handler = createAdmissionCheckHandler({ knowledge, extractor: createOfflineProfileExtractor(knowledge), clauses: corpus.clauses });

/** An alumina check (the real handler) that declines guidance (no electrolysis, no red-mud plant) and is otherwise complete. */
async function guidanceCheck() {
  const out = await handler.check({ text: "氧化铝扩建，有配套矿山，专项论证做了，暂时不配电解，也不上赤泥处理，能效标杆，三评都做了", pending: null });
  const reply = makeReply(out.reply);
  expect(reply.report?.overall).toBe("compliant");
  return reply;
}

describe("chat renderers draw the verdict from the report", () => {
  it("Slack shows declined guidance as 💡 建议 with its quote, never ❌, and names the lead department", async () => {
    const reply = await guidanceCheck();
    const text = JSON.stringify(renderBlocks(reply));
    expect(text).toContain("💡 *三（二）* 建议");
    expect(text).toContain("引导企业配套建设电解工序和赤泥处理装置");
    expect(text).not.toContain("❌");
    expect(text).toContain(`*牵头部门*：${reply.report!.departments.lead}`);
  });

  it("Discord shows the same 💡 line with its quote", async () => {
    const reply = await guidanceCheck();
    const text = JSON.stringify(renderEmbeds(reply));
    expect(text).toContain("💡 **三（二）** 建议");
    expect(text).toContain("引导企业配套建设电解工序和赤泥处理装置");
    expect(text).not.toContain("❌");
  });
});
