import { timingOf, typeIn } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";

/** 三（一）: bauxite may only be mined under a mining licence; 以探代采 and 无证开采 are illegal (依法严厉打击). */
export const miningRule: AdmissionRule = {
  ruleId: "3.1-licensed-mining",
  clauseId: "3.1",
  title: "铝土矿须持证开采",
  anchor: "依法严厉打击以探代采、无证开采等非法开采行为",
  kind: "primary",
  appliesTo: (p) => typeIn(p, "铝土矿开采"),
  evaluate(p) {
    switch (p.miningRight) {
      case "采矿许可证":
        return { status: "pass", message: "已取得采矿许可证，属于依法开采。" };
      case "办理中":
        if (timingOf(p).buildsFirst) {
          return { status: "fail", message: "采矿许可证还在办理就开采，属于“无证开采”，文件明确要依法严厉打击；须取得采矿许可证后才能开采。" };
        }
        return {
          status: "needs_info", message: "采矿许可证正在办理或计划办理：不算违规，但取得采矿许可证之前不得开采。",
          todo: "〔三（一）〕开采前依法取得采矿许可证",
        };
      case "仅探矿权":
        return { status: "fail", message: "只有探矿权就开采属于“以探代采”，文件明确要依法严厉打击；须先依法取得采矿许可证。" };
      case "无证":
        return { status: "fail", message: "未取得采矿许可证开采属于“无证开采”，文件明确要依法严厉打击；须先依法取得采矿许可证。" };
      default:
        return {
          status: "needs_info",
          message: "不清楚项目是否已取得采矿许可证。",
          facts: ["miningRight"],
          question: "按〔三（一）〕，文件严厉打击以探代采、无证开采：项目已取得采矿许可证了吗，还是只有探矿权？",
        };
    }
  },
};
