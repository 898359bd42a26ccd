import { describe, expect, it } from "vitest";
import { readCondition, readVerdict, verdictOpening } from "../../src/answer/yes-no-verdict.js";

describe("yes/no verdict: the verdict first, then the condition in the document's words", () => {
  it("a conditional verdict names its condition, verbatim from the sentence that sets it", () => {
    const s = ["新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源。"];
    expect(readVerdict(s)).toBe("conditional");
    const condition = readCondition(s);
    expect(condition).toBe("新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源");
    expect(verdictOpening("conditional", "permission", condition)).toBe("有条件：文件要求“新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源”，符合的可以，否则不行。");
    expect(verdictOpening("conditional", "existence", condition)).toMatch(/^有，但有条件：文件要求“/);
  });

  it("of a mixed ban and condition, the condition part is named (按程序…), not the ban", () => {
    const s = ["严格执行国家产业政策，严禁违规新增电解铝产能。", "对确有必要建设的电解铝新（改、扩）建项目，支持各地适量引入电解铝产能指标，按程序制定公告产能置换方案，依法依规办理项目各类批建手续。"];
    expect(readVerdict(s)).toBe("conditional");
    expect(readCondition(s)).toBe("按程序制定公告产能置换方案");
  });

  it("应 inside a word (供应保障) sets no condition: supporting parks to plan recycling is a plain yes", () => {
    const s = ["支持清镇经开区、兴仁经开区等开发区，充分论证本地区废铝资源、供应保障、物流运输条件，有序布局再生铝建设项目。"];
    expect(readVerdict(s)).toBe("yes");
    expect(readCondition(s)).toBeNull();
  });

  it("without a nameable condition the generic conditional opening stays", () => {
    expect(verdictOpening("conditional")).toBe("有条件：符合文件要求的可以，否则不行。");
  });
});
