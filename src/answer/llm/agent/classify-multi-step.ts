import { admissionVocabulary } from "../../../admission/admission-vocabulary.js";
import { intentPatterns } from "../../../lexicon/data/intent-patterns.js";
import { findClauseRefs } from "../../../corpus/resolve-clause-ref.js";

/**
 * Which questions need several tool calls, and so go to the agent instead of the single structured call:
 * - "project": a project description (a project verb such as 新建/扩建/投资 and a project noun or one of
 *   the admission checker's project types) that also asks who is responsible (哪些部门负责, 找谁) or what
 *   support it gets — check_project, then find_departments or the report's incentives;
 * - "comparison": two or more distinct clause references (三（三）和三（四）), or a comparison word
 *   (区别, 不同, 对比, compare, difference, vs) with a conjunction joining two topics (和, 与, and);
 * - "place-projects": a place the policy or the gazetteer knows (清镇, 兴仁经开区) with "which projects"
 *   (能做哪些项目, 适合建什么) and a support word (支持, 政策, 优惠) — the clusters and zones, then each
 *   one's support measures.
 * Anything else is a plain question: one round trip. The rules are deterministic on purpose, so which
 * path a question takes is predictable, testable and costs no model call.
 */
export type MultiStepKind = "project" | "comparison" | "place-projects";

export interface MultiStepClassifierDeps {
  /** True when the text names a place of the policy's province (from the admission knowledge). */
  mentionsPlace: (text: string) => boolean;
}

const PROJECT_VERB = intentPatterns.projectVerb;
const PROJECT_NOUN = intentPatterns.projectNoun;
const PROJECT_TERMS = admissionVocabulary().projectTypeSurfaces();
const WHO = /哪些部门|哪个部门|什么部门|哪几个部门|谁(?:来)?(?:负责|牵头|审批|管)|找谁|找哪|负责部门|牵头部门|主管部门|责任部门|which departments?|who (?:is )?(?:responsible|in charge)/i;
const SUPPORT = /支持|扶持|优惠|补贴|奖励|激励|政策|support|incentive|subsid/i;
const COMPARE = /区别|不同|差异|异同|相比|对比|比较|哪个更|compare|comparison|difference|differ|versus|\bvs\.?(?=\s)/i;
const JOINED = /[和与跟同及]|还是|\band\b|\bor\b|\bvs\b|versus/i;
const WHICH_PROJECTS = /(?:能|可以|可|适合|允许)(?:做|建|布局|发展|上|搞|投|落地)?(?:哪些|什么|啥)(?:样的)?(?:项目|产业|产品|企业)|哪些项目|什么项目|what (?:kind of )?(?:projects|industries)/i;

export function createMultiStepClassifier(deps: MultiStepClassifierDeps): (question: string) => MultiStepKind | null {
  return (question) => {
    const q = question.trim();
    const describesProject = PROJECT_VERB.test(q) && (PROJECT_NOUN.test(q) || PROJECT_TERMS.some((t) => q.includes(t)));
    if (describesProject && (WHO.test(q) || SUPPORT.test(q)) && !WHICH_PROJECTS.test(q)) return "project";
    const refs = new Set(findClauseRefs(q).map((r) => `${r.part}.${r.clause ?? ""}`));
    if (refs.size >= 2 || (COMPARE.test(q) && JOINED.test(q))) return "comparison";
    if (WHICH_PROJECTS.test(q) && SUPPORT.test(q) && deps.mentionsPlace(q)) return "place-projects";
    return null;
  };
}
