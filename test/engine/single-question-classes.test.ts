import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/**
 * Classes of single questions (issue 10): who by a verb of responsibility beside a department, several
 * departments' shared clauses, the notice's addressees, targets set in a part's introduction, a part's
 * clauses as the list asked for. Phrased from the policy text, not from evaluation items.
 */
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());
let n = 0;
const ask = (text: string) => app.engine().handle({ text, conversationId: `sq-${n++}`, userId: "u", platform: "cli" });
const cited = (r: { citations: { clauseId: string }[] }) => [...new Set(r.citations.map((c) => c.clauseId))];

describe("single-question classes", () => {
  it("answers 'A还是B牵头' with where each offered department stands in the clause's list", async () => {
    const r = await ask("节能降耗那一条是生态环境厅牵头还是发改委牵头？");
    expect(cited(r)).toContain("5.3");
    expect(r.answer).toMatch(/^就您问到的部门：/);
    expect(r.answer).toContain("省发展改革委列首位");
    const also = await ask("财政金融支持那条，省商务厅也参与吗");
    expect(cited(also)).toContain("6.3");
    expect(also.answer).toContain("省商务厅在本条责任部门之列");
  });

  it("lists the clauses two named departments share", async () => {
    const r = await ask("省能源局和省应急厅在哪几条里都是责任部门？");
    expect(r.answer).toMatch(/^省能源局、省应急厅同时列入责任部门名单的有 \d+ 条/);
    expect(r.answer).toContain("三（二）");
  });

  it("names the notice's addressees when asked whom it went to", async () => {
    const r = await ask("这个通知的受文单位有哪些？");
    expect(cited(r)).toEqual(["0"]);
    expect(r.answer).toMatch(/^主送单位：各市、自治州人民政府/);
  });

  it("takes a count from the part introduction when the clause about the thing sets none", async () => {
    const r = await ask("铝产业专精特新企业计划新增多少户");
    expect(cited(r)[0]).toBe("3");
    expect(r.answer).toContain("5户以上");
  });

  it("lists a named part's targets, and a part's clauses when its kinds are asked", async () => {
    const targets = await ask("第二部分的目标有哪些？");
    expect(cited(targets)).toEqual(["2"]);
    for (const f of ["2至3", "200万吨/年以上", "95%以上"]) expect(targets.answer).toContain(f);
    const kinds = await ask("第五部分分成哪几类任务");
    for (const id of ["5.1", "5.2", "5.3", "5.4"]) expect(cited(kinds)).toContain(id);
  });
});
