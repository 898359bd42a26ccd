import { FACT_STATE_TEXT, judgeCondition, judgeProcedure, stateOf, type FactState } from "../fact-state.js";
import { ACTION_QUESTION, timingOf, typeAndAction } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";
import type { ProjectProfile } from "../profile-schema.js";

const appliesToNewAlumina = (p: ProjectProfile) => typeAndAction(p, ["氧化铝"], ["新建", "扩建", "产能置换", "搬迁"]);
const actionQuestion = { facts: ["action" as const], question: `按〔三（二）〕，新建、扩建氧化铝项目有专门要求：${ACTION_QUESTION}` };

/** 三（二）: new/expanded alumina needs a special demonstration (要组织开展专项论证), before construction. */
export const aluminaDemonstrationRule: AdmissionRule = {
  ruleId: "3.2-special-demonstration",
  clauseId: "3.2",
  title: "氧化铝专项论证",
  anchor: "要组织开展专项论证",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    const state = stateOf(p.specialDemonstration);
    switch (judgeProcedure(state, timingOf(p))) {
      case "met":
        return { status: "pass", message: "已组织开展专项论证。" };
      case "scheduled":
        return {
          status: "pass", message: "专项论证承诺在开工前完成：按期完成即符合本条，须在项目决策、开工建设之前完成。",
          todo: "〔三（二）〕开工前完成氧化铝项目专项论证",
        };
      case "pending":
        return {
          status: "needs_info", message: `专项论证${FACT_STATE_TEXT[state]}：不算违规，但须在项目决策、开工建设之前完成。`,
          todo: "〔三（二）〕开工前完成氧化铝项目专项论证",
        };
      case "breach":
        return {
          status: "fail",
          message: state === "refused"
            ? "项目不打算开展专项论证；新建、扩建氧化铝项目要组织开展专项论证。"
            : state === "postponed"
              ? "项目打算先建设、后补专项论证；新建、扩建氧化铝项目要在决策前组织开展专项论证。"
              : p.buildsBeforeApproval
                ? `专项论证${FACT_STATE_TEXT[state]}，项目却已经或打算先开工建设；新建、扩建氧化铝项目要在决策、开工前组织开展专项论证。`
              : "新建、扩建氧化铝项目要组织开展专项论证，项目尚未开展。",
        };
      default:
        return {
          status: "needs_info", message: "不清楚是否已组织开展专项论证。", facts: ["specialDemonstration"],
          question: "按〔三（二）〕，新建、扩建氧化铝项目要组织开展专项论证：项目做过专项论证吗？",
        };
    }
  },
};

/** 三（二）: matching bauxite resources – "原则上应具有", a conditional requirement. */
export const aluminaBauxiteRule: AdmissionRule = {
  ruleId: "3.2-bauxite",
  clauseId: "3.2",
  title: "配套铝土矿资源",
  anchor: "具有与产能相匹配的铝土矿资源",
  exception: "这是一般要求，不是绝对禁止；确有特殊情况（暂无配套矿）的，须在专项论证中说明原料保障方案，由审批部门认定能否例外",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p, { strength }) {
    const state = stateOf(p.bauxiteMatched);
    // The wording decides: 原则上应具有 lets a source not settled yet before construction stay a question.
    switch (judgeCondition(state, timingOf(p), strength.strength === "conditional")) {
      case "met":
        return { status: "pass", message: "具有与产能相匹配的铝土矿资源。" };
      case "scheduled":
        return {
          status: "pass", message: "配套铝土矿资源承诺在开工前落实：按期落实即符合本条。",
          todo: "〔三（二）〕开工前落实与产能相匹配的铝土矿资源",
        };
      case "pending":
        return {
          status: "needs_info",
          message: `配套铝土矿资源${state === "not_yet" ? "尚未落实" : FACT_STATE_TEXT[state]}：还不构成不符合，但须在开工前落实与产能相匹配的资源（条款为“原则上”，确无配套矿的须在专项论证中说明原料保障方案）。`,
          // Not settled yet is worth asking about; work under way only has to be finished.
          ...(state === "not_yet"
            ? { facts: ["bauxiteMatched" as const], question: "按〔三（二）〕，新建、扩建氧化铝项目原则上应有与产能相匹配的铝土矿资源：矿石打算从哪里来，有自有或配套的矿山吗？" }
            : {}),
          todo: "〔三（二）〕开工前落实与产能相匹配的铝土矿资源",
        };
      case "breach":
        return {
          status: "fail",
          message: state === "not_yet" || state === "in_progress" || state === "planned"
            ? `配套铝土矿资源${state === "not_yet" ? "尚未落实" : FACT_STATE_TEXT[state]}，项目却${timingOf(p).existing ? "已建成运行" : "打算先开工建设"}；新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源，须先落实。`
            : "新建、扩建氧化铝项目原则上应具有与产能相匹配的铝土矿资源，项目没有。",
        };
      default:
        return {
          status: "needs_info", message: "不清楚是否有与产能相匹配的铝土矿资源。", facts: ["bauxiteMatched"],
          question: "按〔三（二）〕，新建、扩建氧化铝项目原则上应有与产能相匹配的铝土矿资源：项目有配套的铝土矿吗？",
        };
    }
  },
};

/** How a facility's state reads ("赤泥处理装置暂不配套"). */
const FACILITY_TEXT: Record<FactState, string> = {
  done: "已配套", scheduled: "承诺开工前配套", in_progress: "正在建设", planned: "计划配套", not_yet: "尚未配套", not_done: "未配套", refused: "暂不配套", postponed: "以后再配套", unknown: "未说明",
};

/** 三（二）: the electrolysis step and red-mud treatment the policy steers alumina projects to (引导…). */
export const aluminaRedMudRule: AdmissionRule = {
  ruleId: "3.2-red-mud",
  clauseId: "3.2",
  title: "配套赤泥处理与电解工序",
  anchor: "配套建设电解工序和赤泥处理装置",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    const parts = [["赤泥处理装置", stateOf(p.redMudTreatment)], ["电解工序", stateOf(p.electrolysisSupporting)]] as const;
    const missing = parts.filter(([, s]) => s !== "done");
    if (missing.length === 0) return { status: "pass", message: "已配套赤泥处理装置和电解工序。" };
    const said = missing.map(([name, s]) => `${name}${FACILITY_TEXT[s]}`).join("，");
    const done = parts.filter(([, s]) => s === "done").map(([name]) => name);
    const advice = `${done.length ? `已配套${done.join("、")}；` : ""}${said}。文件引导氧化铝企业配套建设电解工序和赤泥处理装置，建议考虑配套；赤泥的贮存和处置仍须满足环保等法律法规要求。`;
    return { status: "fail", message: advice, advice };
  },
};

/**
 * 三（二）: 严格落实产业、土地、安全、环保、能效、质量等相关法律法规和政策要求 – said of the land and safety
 * permits (环保、能效 are 五（三）'s assessments). A permit still being obtained before construction is
 * work to finish; building first without it (用地没批下来，厂房先盖起来了) breaks the clause. Descriptions
 * rarely mention these permits, so an unmentioned one is not asked about.
 */
export const aluminaSitePermitsRule: AdmissionRule = {
  ruleId: "3.2-site-permits",
  clauseId: "3.2",
  title: "用地、安全等建设手续",
  anchor: "严格落实产业、土地、安全、环保、能效、质量等相关法律法规和政策要求",
  kind: "primary",
  appliesTo: appliesToNewAlumina,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    const state = stateOf(p.sitePermits);
    if (p.sitePermits == null) {
      return { status: "not_applicable", message: "描述未提到用地、安全等建设手续；按本条须严格落实土地、安全等法律法规要求，在开工前依法办妥。" };
    }
    switch (judgeProcedure(state, timingOf(p))) {
      case "met":
        return { status: "pass", message: "用地、安全等建设手续已办妥。" };
      case "scheduled":
        return { status: "pass", message: "用地、安全等建设手续承诺在开工前办妥：按期办妥即符合本条。", todo: "〔三（二）〕开工前办妥用地、安全等建设手续" };
      case "pending":
        return { status: "needs_info", message: `用地、安全等建设手续${FACT_STATE_TEXT[state]}：不算违规，但须在开工前依法办妥。`, todo: "〔三（二）〕开工前办妥用地、安全等建设手续" };
      case "breach":
        return {
          status: "fail",
          message: `用地、安全等建设手续${FACT_STATE_TEXT[state]}，项目却${timingOf(p).existing ? "已建成运行" : "已经或打算先开工建设"}；文件要求严格落实土地、安全等相关法律法规，须先依法办妥再建设。`,
        };
      default:
        return { status: "not_applicable", message: "不清楚用地、安全等建设手续办到哪一步；按本条须在开工前依法办妥。" };
    }
  },
};
