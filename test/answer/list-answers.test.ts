import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/** List-shaped questions answered with every item the document states, through the real engine (offline). */
const app = createTestApp({ ALUBOT_RATE_USER_PER_MIN: "100000", ALUBOT_RATE_CHANNEL_PER_MIN: "100000" });
afterAll(() => app.close());
let n = 0;
const ask = (text: string) => app.engine().handle({ text, conversationId: `list-${n++}`, userId: "u", platform: "cli" });
const cited = (r: { citations: { clauseId: string }[] }) => [...new Set(r.citations.map((c) => c.clauseId))];

describe("one thing stated in several clauses", () => {
  it("gathers every tax measure when the kinds are asked", async () => {
    for (const q of ["文件里有哪些税收优惠？", "What tax breaks does the policy mention?", "有没有提到税收方面的优惠？"]) {
      const r = await ask(q);
      expect(cited(r)).toEqual(expect.arrayContaining(["5.1", "6.2"]));
      for (const fact of ["加计扣除", "企业所得税优惠", "增值税即征即退"]) expect(r.answer, q).toContain(fact);
    }
  });

  it("quotes the other clause's sentences about what a long message asks", async () => {
    const r = await ask("我们做铝板带的，前几年上了生产线。现在想问一下，文件对赤泥有哪些要求？");
    expect(cited(r)).toContain("5.2");
    expect(r.answer).toContain("减量化、无害化和资源化");
  });

  it("keeps to one clause when the thing is asked in a context (回收企业的税收优惠)", async () => {
    const r = await ask("回收铝的企业有什么税收优惠");
    expect(cited(r)).toEqual(["6.2"]);
  });
});

describe("what is asked outweighs what the asker says about itself", () => {
  it("answers the asked kind of platform, not the background alloy", async () => {
    const r = await ask("我们在做高导电的铝合金线材，规模不大。想了解文件支持建设哪些研发平台？");
    expect(cited(r)[0]).toBe("5.1");
    expect(r.answer).toContain("重点实验室、技术创新中心、工程技术中心");
  });

  it("answers each distinctive word of the ask from the clause", async () => {
    const r = await ask("我们矿在正安，储量一般。政策对中低品位矿怎么说，落后的会不会被要求退出？");
    expect(r.answer).toContain("中低品位铝土矿");
    expect(r.answer).toContain("落后铝土矿产能退出");
  });
});

describe("figures and places", () => {
  it("gives no figure of another metric than the one named", async () => {
    const r = await ask("提高企业绿电占比，文件给了哪些路子？");
    expect(cited(r)[0]).toBe("5.3");
    expect(r.answer).toContain("热电联产、分布式能源");
    expect(r.answer).not.toContain("20%");
  });

  it("quotes the things named beside the places that host them", async () => {
    const r = await ask("我们想做新能源车的铝部件。文件重点发展的汽车用铝型材有哪些，放在哪些园区？");
    expect(r.answer).toContain("清镇经开区");
    expect(r.answer).toContain("传动系统、轮毂");
  });

  it("lists a place's clauses among those about the kind of thing asked", async () => {
    const r = await ask("遵义和平经开区被安排了哪些产业集群？");
    expect(cited(r).sort()).toEqual(["2.2", "2.3"]);
  });

  it("reads a mistyped park with its generic word as the park alone", async () => {
    const r = await ask("兴人经开区重点发展什么");
    expect(cited(r)).toEqual(expect.arrayContaining(["2.1", "2.2", "3.4"]));
    expect(r.answer).toContain("全铝家装");
  });
});
