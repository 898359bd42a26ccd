import { judgeZoneFit, listZoneNames } from "../judge-zone-fit.js";
import { ACTION_QUESTION, typeAndAction } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";
import type { ProjectProfile } from "../profile-schema.js";

const appliesToRecycled = (p: ProjectProfile) => typeAndAction(p, ["再生铝"], ["新建", "扩建", "改建"]);
const actionQuestion = { facts: ["action" as const], question: `按〔三（四）〕，再生铝建设项目要在所列开发区有序布局：${ACTION_QUESTION}` };

/** 三（四）: recycled-aluminium projects are laid out in the zones the clause lists (read from the corpus). */
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
      return {
        status: "fail",
        message: `项目所在地不在文件支持布局再生铝项目的开发区内（${names}）；建议选址到这些开发区。`,
      };
    }
    return {
      status: "needs_info", message: "不清楚项目具体建在哪个开发区。", facts: ["location"],
      question: `按〔三（四）〕，再生铝项目在${names}等开发区有序布局：项目具体建在哪个市县、哪个开发区？`,
    };
  },
};

/** 三（四）: the waste-aluminium resources, supply and logistics must be fully assessed. */
export const recycledSupplyRule: AdmissionRule = {
  ruleId: "3.4-waste-supply",
  clauseId: "3.4",
  title: "废铝资源与物流论证",
  anchor: "充分论证本地区废铝资源、供应保障、物流运输条件",
  kind: "primary",
  appliesTo: appliesToRecycled,
  applicabilityQuestion: actionQuestion,
  evaluate(p) {
    if (p.wasteSupplyAssessed === true) return { status: "pass", message: "已论证废铝资源、供应保障和物流运输条件。" };
    if (p.wasteSupplyAssessed === false) {
      return { status: "fail", message: "文件要求充分论证本地区废铝资源、供应保障、物流运输条件后再布局，项目尚未论证。" };
    }
    return {
      status: "needs_info", message: "不清楚是否已论证废铝资源、供应保障和物流运输条件。", facts: ["wasteSupplyAssessed"],
      question: "按〔三（四）〕，要充分论证本地区废铝资源、供应保障、物流运输条件：这些论证做过了吗？",
    };
  },
};
