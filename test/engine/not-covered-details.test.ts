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

  it("says which detail the sentences on the topic do not give, and quotes what they say", async () => {
    const criteria = await ask("小巨人企业的评选条件是什么？");
    expect(criteria.outOfScope).toBe(false);
    expect(criteria.notCovered).toEqual(["文件没有给出具体的认定标准或条件。"]);
    expect(criteria.citations[0]?.clauseId).toBe("3.5");
    const time = await ask("做环境影响评价要等多长时间才批？");
    expect(time.answer).toContain("文件没有给出具体的时间或期限");
    expect(time.citations.map((c) => c.clauseId)).toContain("5.3");
  });

  it("reads a figure offered for confirmation as asked, and says it once", async () => {
    const r = await ask("再生铝即征即退是不是退百分之七十？");
    expect(r.answer).toMatch(/^文件没有给出具体比例。/);
    expect(r.answer).not.toContain("没有直接回答");
    expect(r.citations[0]?.clauseId).toBe("6.2");
  });

  it("still answers in full a figure the document states", async () => {
    const r = await ask("到2027年再生铝的比重要提高到多少？");
    expect(r.notCovered ?? []).toEqual([]);
    expect(r.answer).toContain("20%");
  });

  it("answers in part a price question that also asks what the document does against price swings", async () => {
    const r = await ask("铝价跌得厉害，文件有没有帮企业抵御风险的办法？");
    expect(r.outOfScope).toBe(false);
    expect(r.notCovered).toContain("文件没有提到铝价及其走势。");
    expect(r.citations[0]?.clauseId).toBe("3.5");
  });
});

describe("facts of the notice and everyday words", () => {
  it("answers who the notice went to and who agreed to it from the notice", async () => {
    const sent = await ask("Who was this policy sent to?");
    expect(sent.citations[0]?.clauseId).toBe("0");
    expect(sent.answer).toContain("省有关部门和单位");
    const agreed = await ask("这份文件是经过谁同意的？");
    expect(agreed.answer).toContain("省人民政府领导同志同意");
  });

  it("reads money and where it comes from, said apart, as the funding the document lists", async () => {
    const r = await ask("企业能拿到的钱都有哪些来源？");
    expect(r.outOfScope).toBe(false);
    expect(r.citations[0]?.clauseId).toBe("6.3");
  });

  it("does not read 到企 of 到企业 as a mistyped 到期", async () => {
    const r = await ask("会有人到企业走访吗？");
    expect(r.outOfScope).toBe(false);
    expect(r.citations[0]?.clauseId).toBe("6.1");
  });
});
