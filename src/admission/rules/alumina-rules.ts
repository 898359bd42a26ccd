import { ACTION_QUESTION, typeAndAction } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";
import type { ProjectProfile } from "../profile-schema.js";

const appliesToNewAlumina = (p: ProjectProfile) => typeAndAction(p, ["氧化铝"], ["新建", "扩建"]);
const actionQuestion = { facts: ["action" as const], question: `按〔三（二）〕，新建、扩建氧化铝项目有专门要求：${ACTION_QUESTION}` };

/** 三（二）: new/expanded alumina needs a special demonstration. */
export const aluminaDemonstrationRule: AdmissionRule = {
  ruleId: "3.2-special-demonstration",
  clauseId: "3.2",
  title: "氧化铝专项论证",
  anchor: "要组织开展专项论证",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    if (p.specialDemonstration === true) return { status: "pass", message: "已组织开展专项论证。" };
    if (p.specialDemonstration === false) {
      return { status: "fail", message: "新建、扩建氧化铝项目要组织开展专项论证，项目尚未开展。" };
    }
    return {
      status: "needs_info", message: "不清楚是否已组织开展专项论证。", facts: ["specialDemonstration"],
      question: "按〔三（二）〕，新建、扩建氧化铝项目要组织开展专项论证：项目做过专项论证吗？",
    };
  },
};

/** 三（二）: matching bauxite resources, in principle required. */
export const aluminaBauxiteRule: AdmissionRule = {
  ruleId: "3.2-bauxite",
  clauseId: "3.2",
  title: "配套铝土矿资源",
  anchor: "原则上应具有与产能相匹配的铝土矿资源",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    if (p.bauxiteMatched === true) return { status: "pass", message: "具有与产能相匹配的铝土矿资源。" };
    if (p.bauxiteMatched === false) {
      return { status: "fail", message: "新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源，项目没有。" };
    }
    return {
      status: "needs_info", message: "不清楚是否有与产能相匹配的铝土矿资源。", facts: ["bauxiteMatched"],
      question: "按〔三（二）〕，新建、扩建氧化铝项目原则上应有与产能相匹配的铝土矿资源：项目有配套的铝土矿吗？",
    };
  },
};

/** 三（二）: red-mud treatment (and electrolysis) facilities the policy steers alumina projects to build. */
export const aluminaRedMudRule: AdmissionRule = {
  ruleId: "3.2-red-mud",
  clauseId: "3.2",
  title: "配套赤泥处理与电解工序",
  anchor: "引导企业配套建设电解工序和赤泥处理装置",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    // Red mud has to go somewhere: a project with no treatment cannot meet the 环保 requirements the
    // same sentence lists, so "no" fails. The electrolysis step is guidance only and never fails.
    const electro = p.electrolysisSupporting === false ? "未配套电解工序（属引导性要求，建议考虑）。" : p.electrolysisSupporting === true ? "已配套电解工序。" : "";
    if (p.redMudTreatment === false) {
      return { status: "fail", message: `项目没有赤泥处理安排；文件引导配套建设赤泥处理装置，并要求严格落实环保等法律法规。${electro}` };
    }
    if (p.redMudTreatment === true) return { status: "pass", message: `已配套赤泥处理装置。${electro}` };
    return {
      status: "needs_info", message: "不清楚赤泥如何处理。", facts: ["redMudTreatment", "electrolysisSupporting"],
      question: "按〔三（二）〕，文件引导氧化铝项目配套建设电解工序和赤泥处理装置：项目配套赤泥处理装置了吗？有没有配套电解工序？",
    };
  },
};
