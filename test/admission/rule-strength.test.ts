import { describe, expect, it } from "vitest";
import type { Clause } from "../../src/corpus/clause-schema.js";
import { readRuleStrength } from "../../src/admission/rule-strength.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const clause = (id: string) => knowledge.clause(id)!;
const fake = (text: string) => ({ ...clause("3.2"), text }) as Clause;

describe("rule strength read from the clause wording", () => {
  it.each([
    ["3.1", "依法严厉打击以探代采", "hard", "依法"],
    ["3.2", "要组织开展专项论证", "hard", "要"],
    ["3.2", "具有与产能相匹配的铝土矿资源", "conditional", "原则上"],
    ["3.2", "配套建设电解工序和赤泥处理装置", "guidance", "引导"],
    ["3.3", "严禁违规新增电解铝产能", "hard", "严禁"],
    ["3.3", "以下电解槽有序退出", "guidance", "支持"],
    ["3.3", "实施跨区域、跨所有制兼并重组", "guidance", "鼓励"],
    ["3.4", "有序布局再生铝建设项目", "guidance", "支持"],
    ["3.4", "充分论证本地区废铝资源", "guidance", "支持"],
    ["5.3", "依法严格执行节能评估审查", "hard", "依法"],
    ["4.1", "采矿装备进行开采作业", "guidance", "鼓励"],
  ] as const)("%s “%s” → %s (%s)", (id, basis, strength, marker) => {
    expect(readRuleStrength(clause(id), basis)).toEqual({ strength, marker });
  });

  it("a plain statement of what must be (…实现清零) reads as binding", () => {
    expect(readRuleStrength(clause("5"), "铝行业能效基准水平以下产能实现清零")).toEqual({ strength: "hard", marker: null });
  });

  it("does not take 供应 for 应 or 主要 for 要", () => {
    expect(readRuleStrength(fake("保障原料供应，主要产品为铝箔。"), "主要产品为铝箔")).toEqual({ strength: "hard", marker: null });
    expect(readRuleStrength(fake("鼓励保障原料供应。"), "保障原料供应")?.strength).toBe("guidance");
  });

  it("returns null when the wording is not in the clause", () => {
    expect(readRuleStrength(clause("3.2"), "不存在的句子")).toBeNull();
  });
});
