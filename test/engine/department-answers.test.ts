import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/** Who-questions and a department's duties, through the real engine (offline). */
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());
let n = 0;
const ask = (text: string) => app.engine().handle({ text, conversationId: `dept-${n++}`, userId: "u", platform: "cli" });
const cited = (r: { citations: { clauseId: string }[] }) => [...new Set(r.citations.map((c) => c.clauseId))];

describe("who leads a topic", () => {
  it("takes the clause that states what is named, in any language, over the first retrieved", async () => {
    const r = await ask("Who leads the work on red mud reduction research?");
    expect(cited(r)[0]).toBe("5.2");
    expect(r.answer).toContain("列首位的是省生态环境厅");
  });

  it("reads 部门牵头 as a who-question whatever the question word (那个 typed for 哪个)", async () => {
    const r = await ask("赤泥综合利用是那个部门牵头");
    expect(r.answer).toContain("列首位的是省生态环境厅");
  });
});

describe("a department's duties narrowed", () => {
  it("to the things named with it", async () => {
    const r = await ask("省能源局参与了哪些跟绿电有关的条款？");
    expect(r.answer).toContain("省能源局");
    expect(r.answer).toMatch(/其中涉及.*的有 2 条/);
    expect(cited(r).sort()).toEqual(["5.3", "6.2"]);
  });

  it("to a part named by its title's words", async () => {
    const r = await ask("发改委在调结构那部分牵头哪几条？");
    expect(r.answer).toContain("第三部分中");
    expect(cited(r).every((id) => id.startsWith("3."))).toBe(true);
    expect(cited(r)).toEqual(expect.arrayContaining(["3.2", "3.4"]));
  });

  it("quotes what a short list of clauses asks of the department", async () => {
    const r = await ask("省水利厅负责什么？");
    expect(r.answer).toContain("原文依据");
    expect(r.answer).toContain("水资源论证和节水评价");
  });

  it("says so when none of its clauses states the thing named, and lists them all", async () => {
    const r = await ask("省教育厅负责哪些赤泥的条款？");
    expect(r.answer).toContain("省教育厅");
    expect(r.answer).toContain("没有明确写到");
  });
});
