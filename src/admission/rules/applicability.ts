import type { ProjectAction, ProjectProfile, ProjectType } from "../profile-schema.js";
import type { TimingContext } from "../fact-state.js";
import type { Applicability } from "./rule-types.js";

/** Applies when the project – or a part of an integrated project – is one of `types` (unknown type → unknown). */
export function typeIn(profile: ProjectProfile, ...types: ProjectType[]): Applicability {
  if (!profile.projectType) return "unknown";
  const own = [profile.projectType, ...(profile.additionalTypes ?? [])];
  return own.some((t) => types.includes(t)) ? "yes" : "no";
}

/** Every aluminium project type: everything but 其他. */
export const ALUMINIUM_TYPES: ProjectType[] = ["铝土矿开采", "氧化铝", "电解铝", "再生铝", "铝精深加工", "铝基非金属材料"];

/** Applies when the project is one of `types` AND its action is one of `actions`. */
export function typeAndAction(profile: ProjectProfile, types: ProjectType[], actions: ProjectAction[]): Applicability {
  const t = typeIn(profile, ...types);
  if (t !== "yes") return t;
  if (!profile.action) return "unknown";
  return actions.includes(profile.action) ? "yes" : "no";
}

export const BUILDING_ACTIONS: ProjectAction[] = ["新建", "扩建", "改建", "技改", "产能置换", "搬迁"];

export const ACTION_QUESTION = "这个项目是新建、扩建、改建、技改、产能置换、搬迁，还是现有产能？";

/**
 * Actions whose project is a change to a plant that keeps running (技改、扩建、改建): that the plant
 * produces says nothing about whether the change itself was built before its approvals.
 */
const CHANGES_TO_A_RUNNING_PLANT: ProjectAction[] = ["技改", "扩建", "改建"];

/**
 * What the description says about timing: building before the approvals, or already standing – an
 * existing plant, or a project whose own plant is built, commissioning or producing (a new plant or a
 * relocated one at its new site).
 */
export function timingOf(p: ProjectProfile): TimingContext {
  const stands = p.operating === true && !(p.action && CHANGES_TO_A_RUNNING_PLANT.includes(p.action));
  return { buildsFirst: p.buildsBeforeApproval === true, existing: p.action === "现有" || stands };
}
