import { FACT_STATE_TEXT, judgeProcedure, stateOf, type FactValue } from "../fact-state.js";
import { ACTION_QUESTION, ALUMINIUM_TYPES, BUILDING_ACTIONS, timingOf, typeAndAction, typeIn } from "./applicability.js";
import type { ProjectProfile } from "../profile-schema.js";
import type { AdmissionRule, Applicability } from "./rule-types.js";

/**
 * The clearing target covers the whole 铝行业, so a STATED energy level is judged for every aluminium
 * type (and a stated 基准水平以下 fails whatever the type turns out to be); only the energy-intensive
 * smelting steps the same sentence singles out (电解铝, and 氧化铝 with it) are asked about when the
 * level is not stated – re-melting scrap uses a small fraction of their energy.
 */
function appliesToEnergy(p: ProjectProfile): Applicability {
  const intensive = typeIn(p, "氧化铝", "电解铝");
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
        // An energy or water facility at a standing plant (屋顶光伏、余热发电) is itself the saving 五（三）
        // promotes: it changes no metal capacity, so the plant's level is not what this project is judged on.
        if (p.energyFacility === true) {
          return {
            status: "pass",
            message: "项目是现有铝厂的能源、节水设施，不新增铝产能，本身就是文件推行的节能降耗措施；工厂现有产能仍须保持在能效基准水平以上（到2027年基准水平以下产能清零）。",
          };
        }
        // The energy-efficiency level of a project is what its 节能审查 examines: with the review passed,
        // the 2027 clearing target is a standard to keep, not an open question for admission.
        // A review promised before construction (开工前办完) examines the level all the same.
        if (stateOf(p.assessments?.energyReview) === "scheduled" && !timingOf(p).buildsFirst && !timingOf(p).existing) {
          return {
            status: "pass",
            message: "描述未说明能效水平，节能审查承诺在开工前完成（项目能效在节能审查中把关）；投产后须保持在基准水平以上，并向标杆水平提升。",
            todo: "〔第五部分〕开工前通过节能审查，能效达到基准水平以上",
          };
        }
        if (stateOf(p.assessments?.energyReview) === "done") {
          return {
            status: "pass",
            message: "描述未说明能效水平，但节能审查已完成（项目能效在节能审查中把关）；文件要求到2027年铝行业能效基准水平以下产能清零，投产后须保持在基准水平以上，并向标杆水平提升。",
          };
        }
        return {
          status: "needs_info", message: "不清楚项目的能效水平。", facts: ["energyLevel"],
          question: "按〔第五部分〕，铝行业能效基准水平以下产能要清零：项目能效是达到标杆水平、基准水平以上，还是在基准水平以下？",
        };
    }
  },
};

/** Actions that build a plant anew (not a retrofit of one): every assessment is due before construction. */
const NEW_BUILD_ACTIONS: readonly string[] = ["新建", "扩建", "改建", "产能置换", "搬迁"];

/** 五（三）: 节能评估审查、环境影响评价、水资源论证和节水评价 are required by law for building projects. */
export const assessmentsRule: AdmissionRule = {
  ruleId: "5.3-assessments",
  clauseId: "5.3",
  title: "节能审查、环评、水资源论证",
  anchor: "依法严格执行节能评估审查、环境影响评价、水资源论证和节水评价",
  kind: "general",
  appliesTo: (p) => {
    // 其他 is an aluminium-chain project of no type the document names (预焙阳极、炭素): a building project all
    // the same, and 依法严格执行 binds it as it binds every other.
    const t = typeAndAction(p, [...ALUMINIUM_TYPES, "其他"], BUILDING_ACTIONS);
    // A description that states its approvals (环评能评都批了) is of a project being built, whatever verb it uses.
    const stated = Object.values(p.assessments ?? {}).some((v) => v != null && v !== "unknown");
    if (t === "unknown" && p.projectType && !p.action && stated) return "yes";
    // An operating plant is not asked about approvals, but one said to run without them is judged.
    if (t === "no" && p.action === "现有" && stated) return "yes";
    return t;
  },
  applicabilityQuestion: { facts: ["action"], question: `按〔五（三）〕，建设项目须依法完成节能审查、环评和水资源论证：${ACTION_QUESTION}` },
  evaluate(p) {
    const a = p.assessments ?? {};
    const timing = timingOf(p);
    const items = [
      ["节能审查", a.energyReview],
      ["环境影响评价", a.environmentalImpact],
      ["水资源论证和节水评价", a.waterResources],
    ] as const;
    type Item = readonly [string, FactValue];
    const by = (r: ReturnType<typeof judgeProcedure>) => items.filter(([, s]) => judgeProcedure(s, timing) === r);
    const breach = by("breach"), pending = by("pending"), scheduled = by("scheduled"), unknown = by("unknown"), met = by("met");
    // "能评跟水资源论证还不清楚" is said, and asks; an approval the description does not mention is a reminder.
    const unclear = unknown.filter(([, s]) => s === "unknown");
    const list = (xs: readonly Item[]) => xs.map(([n, s]) => `${n}${FACT_STATE_TEXT[stateOf(s)]}`).join("，");
    const names = (xs: readonly Item[]) => xs.map(([n]) => n).join("、");
    const question = (xs: readonly Item[]) =>
      `按〔五（三）〕，须依法严格执行节能评估审查、环境影响评价、水资源论证和节水评价：项目的${names(xs)}做了吗？`;
    if (breach.length) {
      const why = timing.buildsFirst || breach.some(([, s]) => s === "postponed")
        ? "先开工、后补手续不符合要求，须在开工前依法完成"
        : timing.existing ? "项目已建成运行，须依法补齐" : "文件要求依法严格执行，须在开工前完成";
      return { status: "fail", message: `${list(breach)}；${why}。` };
    }
    const settled = [...met, ...scheduled];
    if (pending.length) {
      const rest = unknown.length ? `；${names(unknown)}未说明，也须依法完成` : "";
      const ask = settled.length === 0 ? unknown : unclear;
      return {
        status: "needs_info",
        message: `${list(pending)}：在开工前办完就不算违规${rest}。`,
        todo: `〔五（三）〕开工前完成${names([...pending, ...scheduled, ...unknown])}`,
        ...(ask.length ? { facts: ["assessments" as const], question: question(ask) } : {}),
      };
    }
    // All of 五（三）'s assessments are required of every new building project (依法严格执行). A description
    // naming its approvals (环评能评都批了) lists what it has; a new build naming a single approval
    // (新建…环评批了) says nothing of the rest, which stay an open question. What a retrofit of a plant
    // (技改) must go through depends on its scope, so there an unmentioned one stays a reminder.
    const newBuild = p.action != null && NEW_BUILD_ACTIONS.includes(p.action);
    if ((newBuild && settled.length < 2 && unknown.length) || settled.length === 0 || unclear.length) {
      const known = settled.length ? `${list(settled)}；` : "";
      return { status: "needs_info", message: `${known}不清楚是否已完成${names(unclear.length ? unclear : unknown)}。`, facts: ["assessments"], question: question(unclear.length ? unclear : unknown) };
    }
    // Descriptions name the approvals they have (环评能评都批了); which of the three a project needs
    // depends on its energy and water use, so an unmentioned one is a reminder, not an open question.
    const reminder = unknown.length ? `；未提到${names(unknown)}，如项目需要，也须依法在开工前完成` : "";
    const done = met.length ? `${names(met)}已完成` : "";
    const promised = scheduled.length ? `${done ? "，" : ""}${names(scheduled)}承诺在开工前完成（按期完成即符合本条）` : "";
    return {
      status: "pass", message: `${done}${promised}${reminder}。`,
      ...(scheduled.length ? { todo: `〔五（三）〕开工前完成${names(scheduled)}` } : {}),
    };
  },
};
