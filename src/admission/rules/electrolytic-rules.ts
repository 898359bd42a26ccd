import { foldWidth } from "../../corpus/normalize-text.js";
import { arabizeQuantities } from "../parse-chinese-number.js";
import { FACT_STATE_TEXT, judgeCondition, stateOf } from "../fact-state.js";
import { ACTION_QUESTION, timingOf, typeAndAction, typeIn } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";

const UPGRADE_TEXT = (threshold: number | null, ka: number | null | undefined) => {
  const cells = threshold === null ? "" : ka == null
    ? `本条仍鼓励采用大型预焙电解槽、支持${threshold}kA以下电解槽有序退出；`
    : ka >= threshold
      ? `改造后为${ka}kA电解槽，符合本条鼓励大型预焙电解槽、支持${threshold}kA以下电解槽有序退出的方向；`
      : `改造后仍为${ka}kA，低于${threshold}kA（本条支持其有序退出），建议一步到位采用${threshold}kA及以上电解槽；`;
  return `不新增产能的技术改造不属于新增电解铝产能，不需要产能指标和置换方案。${cells}能效须达到基准水平以上（见〔第五部分〕），并依法办理节能审查等手续（见〔五（三）〕）。`;
};

/**
 * 三（三）: no new electrolytic capacity (严禁违规新增) unless quota is brought in and the replacement
 * plan announced. An upgrade that adds no capacity is not new capacity: it needs no quota.
 */
export const electrolyticQuotaRule: AdmissionRule = {
  ruleId: "3.3-capacity-quota",
  clauseId: "3.3",
  title: "电解铝产能指标与置换公告",
  anchor: "按程序制定公告产能置换方案",
  basis: "严禁违规新增电解铝产能",
  kind: "primary",
  appliesTo: (p) => {
    const t = typeAndAction(p, ["电解铝"], ["新建", "扩建", "改建", "技改", "产能置换", "搬迁"]);
    // A description that speaks of the quota or the replacement plan (指标是从外省收购的、置换方案已公告)
    // is of capacity being built, whatever verb it uses; an existing plant has no quota to bring in.
    if (t === "unknown" && p.projectType && !p.action && stateOf(p.quotaAnnounced) !== "unknown") return "yes";
    // A plant already built that is said to have no quota (建成投产了，没有置换指标) was built as new capacity
    // without one: that is the breach the clause forbids, not a plant with nothing to bring in.
    if (t === "no" && p.action === "现有" && ["not_done", "refused"].includes(stateOf(p.quotaAnnounced))) return "yes";
    if (t !== "yes") return t;
    return p.action === "技改" && p.addsCapacity !== true ? (p.addsCapacity === false ? "yes" : "unknown") : "yes";
  },
  applicabilityQuestion: {
    facts: ["action", "addsCapacity"],
    question: `按〔三（三）〕，严禁违规新增电解铝产能，新（改、扩）建项目须有产能指标和公告的置换方案：${ACTION_QUESTION}改造后产能会增加吗？`,
  },
  evaluate(p, { clause }) {
    // A plant rebuilt elsewhere (搬迁) is a new smelter at its new site, built on capacity moved there:
    // even without added capacity the replacement plan is announced by procedure, so it is not exempt here.
    if (p.addsCapacity === false && p.action !== "新建" && p.action !== "产能置换" && p.action !== "搬迁") {
      return { status: "pass", message: UPGRADE_TEXT(readCellThresholdKa(clause.text), p.cellCurrentKa) };
    }
    const state = stateOf(p.quotaAnnounced);
    // 电流强化、增容 under the name of a 技改 that adds capacity: new capacity all the same.
    const disguised = p.action === "技改" && p.addsCapacity === true
      ? "改造会新增产能（如电流强化、增容扩能），新增部分属于新增电解铝产能，不因名为技改而例外。" : "";
    switch (judgeCondition(state, timingOf(p))) {
      case "met":
        return {
          status: "pass",
          message: p.action === "搬迁" && p.addsCapacity === false
            ? "搬迁项目产能不增加，已按程序公告产能置换方案。"
            : "已引入电解铝产能指标并按程序公告产能置换方案。",
        };
      case "scheduled":
        return {
          status: "pass",
          message: "产能指标、置换方案和批建手续中尚未完成的部分承诺在开工前落实：按期完成即符合本条；须在开工前引入指标、按程序公告置换方案、依法依规办理各类批建手续。",
          todo: "〔三（三）〕开工前落实电解铝产能指标、公告产能置换方案并办齐批建手续",
        };
      case "pending":
        return {
          status: "needs_info", message: `产能指标和置换方案${FACT_STATE_TEXT[state]}：不算违规，但须在开工前落实指标、按程序公告置换方案。`,
          todo: "〔三（三）〕开工前引入电解铝产能指标并按程序公告产能置换方案",
        };
      case "breach":
        return {
          status: "fail",
          message: state === "postponed" || p.buildsBeforeApproval
            ? "项目打算先建设、后补指标或手续：文件严禁违规新增电解铝产能，新（改、扩）建项目须先引入产能指标、按程序公告产能置换方案，并依法依规办理各类批建手续。"
            : `${disguised}文件严禁违规新增电解铝产能；新（改、扩）建项目须引入电解铝产能指标并按程序制定公告产能置换方案，项目尚未落实。可考虑通过兼并重组、产能置换取得指标后再建设。`,
        };
      default:
        return {
          status: "needs_info", message: "不清楚产能指标和置换方案是否已落实并公告。", facts: ["quotaAnnounced"],
          question: "按〔三（三）〕，严禁违规新增电解铝产能：项目的电解铝产能指标落实了吗，产能置换方案已按程序公告了吗？",
        };
    }
  },
};

const THRESHOLD_RE = /(\d+(?:\.\d+)?)\s*(?:ka|千安)以下电解槽/i;

/** The retirement threshold as the clause states it (400KA in the current text), read at run time. */
export function readCellThresholdKa(clauseText: string): number | null {
  const m = arabizeQuantities(foldWidth(clauseText)).match(THRESHOLD_RE);
  return m ? Number(m[1]) : null;
}

/**
 * 三（三）: 鼓励…大型预培电解槽技术，支持 400KA 以下电解槽有序退出 – guidance, read as such from the
 * wording: cells under the stated current are advised against, never a breach.
 */
export const electrolyticCellRule: AdmissionRule = {
  ruleId: "3.3-cell-current",
  clauseId: "3.3",
  title: "电解槽规格",
  anchor: "以下电解槽有序退出",
  kind: "primary",
  appliesTo: (p) => typeIn(p, "电解铝"),
  evaluate(p, { clause }) {
    const threshold = readCellThresholdKa(clause.text);
    if (threshold === null) return { status: "not_applicable", message: "条款原文中未找到电解槽电流门槛，未作判断。" };
    const prebaked = ["not_done", "refused"].includes(stateOf(p.largePrebaked)) ? "文件鼓励采用大型预焙电解槽技术，建议考虑。" : "";
    if (p.cellCurrentKa === null || p.cellCurrentKa === undefined) {
      const advice = `描述未说明电解槽规格。文件鼓励采用高效低耗的大型预焙电解槽、支持${threshold}kA以下电解槽有序退出，建议采用${threshold}kA及以上电解槽。`;
      return {
        status: "needs_info", message: "不清楚电解槽的电流强度。", advice, facts: ["cellCurrentKa"],
        question: `按〔三（三）〕，${threshold}kA以下电解槽要有序退出：项目用的电解槽是多少kA？`,
      };
    }
    if (p.cellCurrentKa < threshold) {
      // An operating plant (also one upgraded or rebuilt) retires such cells; a new one should not install them.
      const message = p.action === "现有" || p.action === "技改" || p.action === "改建"
        ? `${p.cellCurrentKa}kA 电解槽低于 ${threshold}kA，属于文件支持有序退出的规格，建议有序退出或改造为 ${threshold}kA 及以上的大型预焙电解槽。`
        : `${p.cellCurrentKa}kA 电解槽低于 ${threshold}kA，属于文件支持有序退出的规格，不宜新上；建议采用 ${threshold}kA 及以上的大型预焙电解槽。`;
      return { status: "fail", message, advice: message };
    }
    return { status: "pass", message: `${p.cellCurrentKa}kA 电解槽不低于 ${threshold}kA，符合文件鼓励的大型电解槽方向。${prebaked}` };
  },
};
