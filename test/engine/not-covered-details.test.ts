import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/** Details the document does not give: said so, never answered as if it did (real lexicon, offline). */
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());
let n = 0;
const ask = (text: string) => app.engine().handle({ text, conversationId: `nc-${n++}`, userId: "u", platform: "cli" });

describe("details the document does not give", () => {
  it("says it has no record of how far the targets have got", async () => {
    for (const q of ["这些目标到现在已经完成了多少？", "How much of the 2027 target has been achieved so far?"]) {
      const r = await ask(q);
      expect(r.answer).toContain("不包含目标的完成情况");
    }
  });

  it("says a clause names no deadline when asked when", async () => {
    const r = await ask("小于400KA的电解槽最晚哪一年要退出？");
    expect(r.answer).toContain("文件没有给出具体时间或期限");
    expect(r.citations[0]?.clauseId).toBe("3.3");
  });
});
