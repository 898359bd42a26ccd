import { describe, expect, it } from "vitest";
import { judgeCondition, judgeProcedure } from "../../src/admission/fact-state.js";
import { factState, saysBuildsFirst, segmentState } from "../../src/admission/read-fact-state.js";
import { parseStateWords, STATE_WORDS } from "../../src/admission/state-words.js";

describe("state words: one validated data module", () => {
  it("rejects a word listed under two states, a missing state and a bad order", () => {
    const valid = JSON.parse(JSON.stringify(STATE_WORDS)) as typeof STATE_WORDS;
    expect(() => parseStateWords(valid)).not.toThrow();
    expect(() => parseStateWords({ ...valid, words: { ...valid.words, done: [...(valid.words.done ?? []), "在办"] } })).toThrow(/同时属于/);
    expect(() => parseStateWords({ ...valid, words: { ...valid.words, planned: [] } })).toThrow();
    expect(() => parseStateWords({ ...valid, order: valid.order.slice(1) })).toThrow();
  });

  it.each([
    ["已经批了", "done"], ["都批了", "done"], ["拿到了", "done"], ["办齐了", "done"],
    ["正在做", "in_progress"], ["在办", "in_progress"], ["还在申请", "in_progress"], ["已经在办", "in_progress"],
    ["打算做", "planned"], ["准备下个月报", "planned"],
    ["还没", "not_yet"], ["尚未公告", "not_yet"], ["还没考虑", "not_yet"], ["没有", "not_done"], ["啥都没办", "not_done"],
    ["不打算做", "refused"], ["暂时不配", "refused"],
    ["后面再补", "postponed"], ["边建边办", "postponed"], ["先建后批", "postponed"],
    ["不清楚", "unknown"],
    ["EIA approved", "done"], ["EIA in progress", "in_progress"], ["no EIA done", "not_done"], ["we know it", null],
  ] as const)("%s → %s", (text, state) => {
    expect(segmentState(text)).toBe(state);
  });

  it("masks compounds: 无害化 is not 无, 现有 is not 有, 有序 is not 有", () => {
    expect(segmentState("赤泥无害化处理装置已配套")).toBe("done");
    expect(segmentState("现有电解铝厂")).toBeNull();
  });

  it("the worse statement about one fact wins, and an explicit 不清楚 outweighs a done part", () => {
    expect(factState("有指标，但置换方案还没公告", ["指标", "置换方案"])).toBe("not_yet");
    expect(factState("有指标，但没有置换方案", ["指标", "置换方案"])).toBe("not_done");
    expect(factState("指标是从云南买的，置换方案公告了没不清楚", ["指标", "置换方案"])).toBe("unknown");
    expect(factState("指标买了，置换方案在走流程", ["指标", "置换方案"])).toBe("in_progress");
  });

  it("reads building before the approvals", () => {
    expect(saysBuildsFirst("想先建起来再慢慢补手续")).toBe(true);
    expect(saysBuildsFirst("没做环评就开工了")).toBe(true);
    expect(saysBuildsFirst("环评批了再开工")).toBe(false);
  });

  it("timing decides: pending before construction, a breach when postponed, refused or built first", () => {
    const before = { buildsFirst: false, existing: false };
    expect(judgeProcedure("in_progress", before)).toBe("pending");
    expect(judgeProcedure("not_done", before)).toBe("pending");
    expect(judgeProcedure("postponed", before)).toBe("breach");
    expect(judgeProcedure("refused", before)).toBe("breach");
    expect(judgeProcedure("in_progress", { buildsFirst: true, existing: false })).toBe("breach");
    expect(judgeProcedure("not_done", { buildsFirst: false, existing: true })).toBe("breach");
    // A condition the project must hold (指标、配套矿) is a breach when it is simply lacking.
    expect(judgeCondition("not_done", before)).toBe("breach");
    expect(judgeCondition("planned", before)).toBe("pending");
    expect(judgeProcedure(true, before)).toBe("met");
  });

  it("a condition not settled yet is pending only under a conditional clause before construction", () => {
    const before = { buildsFirst: false, existing: false };
    // 原则上应具有…: "还没落实" before construction is still a question; a stated absence is not.
    expect(judgeCondition("not_yet", before, true)).toBe("pending");
    expect(judgeCondition("not_done", before, true)).toBe("breach");
    expect(judgeCondition("refused", before, true)).toBe("breach");
    expect(judgeCondition("not_yet", { buildsFirst: true, existing: false }, true)).toBe("breach");
    expect(judgeCondition("not_yet", { buildsFirst: false, existing: true }, true)).toBe("breach");
    // Under a hard clause (严禁违规新增…) not yet having it is not having it.
    expect(judgeCondition("not_yet", before)).toBe("breach");
    expect(judgeProcedure("not_yet", before)).toBe("pending");
  });
});

describe("state grammar: completion compounds and shared states of a list", () => {
  it.each([
    ["都批完了", "done"], ["手续办好了", "done"], ["设备配齐了", "done"], ["批复拿下来了", "done"], ["审过了", "done"],
    ["储量够", "done"], ["储量和产能相匹配", "done"], ["储量不够", "not_done"], ["还配了一套处理装置", "done"],
  ] as const)("%s → %s", (text, state) => {
    expect(segmentState(text)).toBe(state);
  });

  it("a bare item of a list takes the state the list closes with, when it is said of several (都、也、一并)", () => {
    expect(factState("节能审查，环境影响评价，取水许可都一并拿下来了", ["节能审查"])).toBe("done");
    expect(factState("能评 环评 水评都批好了", ["能评"])).toBe("done");
    expect(factState("能评，环评也还没做", ["能评"])).toBe("not_yet");
    // Without a word of plurality, which item the state is said of is not clear: nothing is assumed.
    expect(factState("能评，环评还没做", ["能评"])).toBeNull();
    // A sentence end closes the list.
    expect(factState("能评。环评都批了", ["能评"])).toBeNull();
  });
});
