import { foldWidth } from "../../corpus/normalize-text.js";
import { ACTION_QUESTION, typeAndAction, typeIn } from "./applicability.js";
import type { AdmissionRule } from "./rule-types.js";

/** 三（三）: no new electrolytic capacity unless quota is brought in and the replacement plan announced. */
export const electrolyticQuotaRule: AdmissionRule = {
  ruleId: "3.3-capacity-quota",
  clauseId: "3.3",
  title: "电解铝产能指标与置换公告",
  anchor: "按程序制定公告产能置换方案",
  kind: "primary",
  appliesTo: (p) => typeAndAction(p, ["电解铝"], ["新建", "扩建", "改建"]),
  applicabilityQuestion: {
    facts: ["action"],
    question: `按〔三（三）〕，电解铝新（改、扩）建项目须有产能指标和公告的置换方案：${ACTION_QUESTION}`,
  },
  evaluate(p) {
    if (p.quotaAnnounced === true) {
      return { status: "pass", message: "已引入电解铝产能指标并按程序公告产能置换方案。" };
    }
    if (p.quotaAnnounced === false) {
      return {
        status: "fail",
        message: "文件严禁违规新增电解铝产能；新（改、扩）建项目须引入电解铝产能指标并按程序制定公告产能置换方案，项目尚未落实。可考虑通过兼并重组、产能置换取得指标后再建设。",
      };
    }
    return {
      status: "needs_info", message: "不清楚产能指标和置换方案是否已落实并公告。", facts: ["quotaAnnounced"],
      question: "按〔三（三）〕，严禁违规新增电解铝产能：项目的电解铝产能指标落实了吗，产能置换方案已按程序公告了吗？",
    };
  },
};

const THRESHOLD_RE = /(\d+(?:\.\d+)?)\s*(?:ka|千安)以下电解槽/i;

/** The retirement threshold as the clause states it (400KA in the current text), read at run time. */
export function readCellThresholdKa(clauseText: string): number | null {
  const m = foldWidth(clauseText).match(THRESHOLD_RE);
  return m ? Number(m[1]) : null;
}

/** 三（三）: cells under the stated current are to be retired; large prebaked cells are encouraged. */
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
    const prebaked = p.largePrebaked === false ? "文件鼓励采用大型预焙电解槽技术，建议考虑。" : "";
    if (p.cellCurrentKa === null || p.cellCurrentKa === undefined) {
      return {
        status: "needs_info", message: "不清楚电解槽的电流强度。", facts: ["cellCurrentKa"],
        question: `按〔三（三）〕，${threshold}kA以下电解槽要有序退出：项目用的电解槽是多少kA？`,
      };
    }
    if (p.cellCurrentKa < threshold) {
      return {
        status: "fail",
        message: `${p.cellCurrentKa}kA 电解槽低于 ${threshold}kA，属于文件支持有序退出的规格，不宜新上；应采用 ${threshold}kA 及以上的大型预焙电解槽。`,
      };
    }
    return { status: "pass", message: `${p.cellCurrentKa}kA 电解槽不低于 ${threshold}kA，符合文件鼓励的大型电解槽方向。${prebaked}` };
  },
};
