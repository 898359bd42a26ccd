import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app.js";
import type { Engine } from "../../src/engine/engine.js";
import { createTestApp } from "../helpers/create-test-app.js";

/**
 * The partial case end to end (offline engine): a question whose topic the document touches but
 * whose detail it lacks gets one sentence on what is missing, then what the document does say, cited
 * — for figures, dates, contacts and procedures; a topic the document does not touch is refused.
 */
let app: App;
let engine: Engine;
beforeAll(() => {
  app = createTestApp();
  engine = app.engine();
});
afterAll(async () => {
  await app.close();
});

let n = 0;
const ask = (text: string) => engine.handle({ text, conversationId: `partial-${n++}`, userId: "t", platform: "cli" });

describe("answered in part, never refused nor silent", () => {
  const cases: { q: string; missing: RegExp; clause: string }[] = [
    // figure: the loan instrument is worded only as 金融机构 in 六（三）
    { q: "铝企项目贷款最长能贷几年", missing: /贷款利率、额度/, clause: "6.3" },
    // figure: a tax refund share
    { q: "再生铝资源综合利用增值税能退几成", missing: /退税比例/, clause: "6.2" },
    // date: the clause says 有序退出 but names no year
    { q: "400KA以下的电解槽要在哪一年前退完", missing: /时间或期限/, clause: "3.3" },
    // contact: who leads is stated, a phone number is not
    { q: "铝产业由哪个部门牵头，联系电话是多少", missing: /联系电话/, clause: "6.1" },
    // procedure: what to prepare for an application the document names
    { q: "申报新材料首批次应用保险补偿要准备哪些材料", missing: /材料或表格/, clause: "6.3" },
  ];
  for (const { q, missing, clause } of cases) {
    it(q, async () => {
      const r = await ask(q);
      expect(r.outOfScope, q).toBe(false);
      expect(r.notCovered?.join(""), q).toMatch(missing);
      // The missing detail is said first, then the document's own words with a citation.
      expect(r.answer.split("\n")[0], q).toMatch(missing);
      expect(r.citations.map((c) => c.clauseId), q).toContain(clause);
    });
  }
});

describe("refused when the document does not touch the topic", () => {
  for (const q of ["省工信厅原材料工业处的座机号码", "铝棒最近啥行情", "帮铝厂普工问问一个月能拿多少"]) {
    it(q, async () => {
      const r = await ask(q);
      expect(r.outOfScope, q).toBe(true);
      expect(r.citations, q).toEqual([]);
    });
  }

  it("a product's price given as the reason for asking does not get the question refused", async () => {
    const r = await ask("我们做铝棒的，铝棒价格最近不好，想在清镇经开区扩产，省里支持吗");
    expect(r.outOfScope).toBe(false);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.answer.split("\n")[0]).toMatch(/价格/);
  });

  it("a request to draft a report is answered in part with the document's words, not drafted", async () => {
    const r = await ask("帮我写一份电解铝兼并重组的申请报告");
    expect(r.outOfScope).toBe(false);
    expect(r.answer.split("\n")[0]).toMatch(/不能代写/);
    expect(r.citations.map((c) => c.clauseId)).toContain("3.3");
  });

  it("where a plan is announced is said to be missing, not answered with a place", async () => {
    const r = await ask("电解铝产能置换方案一般在哪里公示");
    expect(r.outOfScope).toBe(false);
    expect(r.answer.split("\n")[0]).toMatch(/公示/);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it("asking the bot to write out what the document says is not a drafting request", async () => {
    const r = await ask("帮我写一下文件对赤泥综合利用的要求");
    expect(r.notCovered ?? []).toEqual([]);
    expect(r.citations.length).toBeGreaterThan(0);
  });
});
