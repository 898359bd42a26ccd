import { ACTION_QUESTION, ALUMINIUM_TYPES, BUILDING_ACTIONS, typeAndAction, typeIn } from "./applicability.js";
import type { ProjectProfile } from "../profile-schema.js";
import type { AdmissionRule, Applicability } from "./rule-types.js";

/**
 * The clearing target covers the whole 铝行业, so a STATED energy level is judged for every aluminium
 * type (and a stated 基准水平以下 fails whatever the type turns out to be); only the energy-intensive
 * smelting steps are asked about when the level is not stated.
 */
function appliesToEnergy(p: ProjectProfile): Applicability {
  const intensive = typeIn(p, "氧化铝", "电解铝", "再生铝");
  if (intensive === "yes" || !p.energyLevel) return intensive;
  if (p.energyLevel === "基准水平以下" && !p.projectType) return "yes";
  return typeIn(p, ...ALUMINIUM_TYPES);
}

/** 第五部分: capacity below the energy-efficiency 基准水平 is to be cleared. */
export const energyEfficiencyRule: AdmissionRule = {
  ruleId: "5-energy-baseline",
  clauseId: "5",
  title: "能效基准水平",
  anchor: "铝行业能效基准水平以下产能实现清零",
  kind: "general",
  appliesTo: appliesToEnergy,
  evaluate(p) {
    switch (p.energyLevel) {
      case "标杆水平":
        return { status: "pass", message: "能效达到标杆水平，符合文件提高标杆水平以上产能比例的方向。" };
      case "基准水平以上":
        return { status: "pass", message: "能效在基准水平以上；文件鼓励进一步向标杆水平提升。" };
      case "基准水平以下":
        return { status: "fail", message: "能效低于基准水平：文件要求铝行业能效基准水平以下产能实现清零，须改造达到基准水平以上，否则面临退出。" };
      default:
        return {
          status: "needs_info", message: "不清楚项目的能效水平。", facts: ["energyLevel"],
          question: "按〔第五部分〕，铝行业能效基准水平以下产能要清零：项目能效是达到标杆水平、基准水平以上，还是在基准水平以下？",
        };
    }
  },
};

/** 五（三）: 节能评估审查、环境影响评价、水资源论证和节水评价 are required by law for building projects. */
export const assessmentsRule: AdmissionRule = {
  ruleId: "5.3-assessments",
  clauseId: "5.3",
  title: "节能审查、环评、水资源论证",
  anchor: "依法严格执行节能评估审查、环境影响评价、水资源论证和节水评价",
  kind: "general",
  appliesTo: (p) => (p.projectType === "其他" ? "no" : typeAndAction(p, ALUMINIUM_TYPES, BUILDING_ACTIONS)),
  applicabilityQuestion: { facts: ["action"], question: `按〔五（三）〕，建设项目须依法完成节能审查、环评和水资源论证：${ACTION_QUESTION}` },
  evaluate(p) {
    const a = p.assessments ?? {};
    const items = [
      ["节能审查", a.energyReview],
      ["环境影响评价", a.environmentalImpact],
      ["水资源论证和节水评价", a.waterResources],
    ] as const;
    const missing = items.filter(([, v]) => v === false).map(([n]) => n);
    const unknown = items.filter(([, v]) => v === null || v === undefined).map(([n]) => n);
    if (missing.length) {
      return { status: "fail", message: `尚未完成${missing.join("、")}；文件要求依法严格执行，须在开工前完成。` };
    }
    if (unknown.length) {
      return {
        status: "needs_info", message: `不清楚是否已完成${unknown.join("、")}。`, facts: ["assessments"],
        question: `按〔五（三）〕，须依法严格执行节能评估审查、环境影响评价、水资源论证和节水评价：项目的${unknown.join("、")}做了吗？`,
      };
    }
    return { status: "pass", message: "节能审查、环境影响评价、水资源论证和节水评价均已完成。" };
  },
};
