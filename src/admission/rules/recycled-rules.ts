import { judgeZoneFit, listZoneNames } from "../judge-zone-fit.js";
import { FACT_STATE_TEXT, stateOf } from "../fact-state.js";
import { ACTION_QUESTION, typeAndAction } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";
import type { ProjectProfile } from "../profile-schema.js";

const appliesToRecycled = (p: ProjectProfile) => typeAndAction(p, ["再生铝"], ["新建", "扩建", "改建", "产能置换", "搬迁"]);
const actionQuestion = { facts: ["action" as const], question: `按〔三（四）〕，再生铝建设项目要在所列开发区有序布局：${ACTION_QUESTION}` };

/**
 * 三（四）: 支持[the listed zones]…有序布局再生铝建设项目 (zones read from the corpus). The wording is
 * support for those zones, so a site elsewhere is advised, not failed.
 */
export const recycledZoneRule: AdmissionRule = {
  ruleId: "3.4-recycled-zone",
  clauseId: "3.4",
  title: "再生铝布局园区",
  anchor: "有序布局再生铝建设项目",
  kind: "primary",
  appliesTo: appliesToRecycled,
  applicabilityQuestion: actionQuestion,
  evaluate(p, { knowledge, clause }) {
    const zones = knowledge.zonesOf(clause.clauseId);
    const names = listZoneNames(zones);
    const fit = judgeZoneFit(p.location, zones, knowledge);
    if (fit.fit === true) return { status: "pass", message: `项目位于文件支持布局再生铝项目的开发区${fit.zone ? `（${fit.zone}）` : ""}。` };
    if (fit.fit === false) {
      const message = `项目所在地不在文件支持布局再生铝项目的开发区内（${names}）；建议选址到这些开发区，可更好地享受园区配套和支持政策。`;
      return { status: "fail", message, advice: message };
    }
    return {
      status: "needs_info", message: "不清楚项目具体建在哪个开发区。", facts: ["location"],
      advice: `描述未说明具体园区；文件支持在${names}等开发区有序布局再生铝项目，建议选址于这些开发区。`,
      question: `按〔三（四）〕，再生铝项目在${names}等开发区有序布局：项目具体建在哪个市县、哪个开发区？`,
    };
  },
};

/**
 * 三（四）: 充分论证本地区废铝资源、供应保障、物流运输条件 – said of the zones the sentence supports
 * (支持…开发区，充分论证…), so the wording is guidance: a project that has not assessed its scrap
 * supply is advised to, not failed.
 */
export const recycledSupplyRule: AdmissionRule = {
  ruleId: "3.4-waste-supply",
  clauseId: "3.4",
  title: "废铝资源与物流论证",
  anchor: "充分论证本地区废铝资源、供应保障、物流运输条件",
  kind: "primary",
  appliesTo: appliesToRecycled,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    const state = stateOf(p.wasteSupplyAssessed);
    if (state === "done") return { status: "pass", message: "已论证废铝资源、供应保障和物流运输条件。" };
    if (state === "scheduled") return { status: "pass", message: "废铝资源、供应保障和物流运输条件的论证承诺在开工前完成。" };
    const said = state === "unknown" ? "描述未说明是否论证过废铝资源、供应保障和物流运输条件" : `废铝资源、供应保障和物流运输条件的论证${FACT_STATE_TEXT[state]}`;
    const advice = `${said}；文件要求布局再生铝项目前充分论证这些条件，建议在开工前完成论证，避免原料不足。`;
    if (state === "unknown") {
      return {
        status: "needs_info", message: "不清楚是否已论证废铝资源、供应保障和物流运输条件。", advice, facts: ["wasteSupplyAssessed"],
        question: "按〔三（四）〕，要充分论证本地区废铝资源、供应保障、物流运输条件：这些论证做过了吗？",
      };
    }
    return { status: "fail", message: advice, advice };
  },
};
