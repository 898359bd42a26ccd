import type { FactState } from "./fact-state.js";
import type { AskedQuestion } from "./fit-check-state.js";
import { ASSESSMENT_KEYS, STATE_FACTS, type FactKey, type ProjectProfile, type StateFact } from "./profile-schema.js";
import { answersAll, replyStates } from "./read-fact-state.js";

const STATE_FACT_SET = new Set<FactKey>(STATE_FACTS.filter((f): f is StateFact & FactKey => f !== "largePrebaked"));
const CAPACITY_UNCHANGED_RE = /不(?:新增|增加|加|扩)|不变|一吨不加|没有增加|不会增加/;
const CAPACITY_ADDED_RE = /增加|新增|扩大|扩能|增产|会加/;
/** Facts a plain 有/没有 settles directly (one-tap answer buttons use them: short-answer-choices.ts). */
export const BOOLEAN_FACTS: ReadonlySet<FactKey> = STATE_FACT_SET;

/**
 * Reads a short reply ("有", "没有", "在办", "都做了", "有，没有", "以上") in the context of the
 * questions just asked, for the facts the full extractor could not fill from the reply alone. The
 * stated pieces are matched to the asked facts in order; "都/全部" applies one answer to all of them.
 */
export function applyShortAnswer(profile: ProjectProfile, answer: string, asked: readonly AskedQuestion[]): ProjectProfile {
  const open = openFacts(profile, asked);
  if (open.length === 0) return profile;
  const out: ProjectProfile = structuredClone(profile);
  const states = replyStates(answer);
  const all = answersAll(answer);
  const targets = shortAnswerTargets(profile, asked);
  targets.forEach((fact, i) => {
    const value = all ? states[0] : states[i] ?? (states.length === 1 && targets.length === 1 ? states[0] : undefined);
    if (value === undefined) return;
    setFact(out, fact, value);
  });
  if (open.includes("energyLevel")) {
    if (/以下|低于|不达标|达不到/.test(answer)) out.energyLevel = "基准水平以下";
    else if (/标杆|先进/.test(answer)) out.energyLevel = "标杆水平";
    else if (/以上|高于|达标|达到/.test(answer)) out.energyLevel = "基准水平以上";
  }
  if (open.includes("addsCapacity")) {
    if (CAPACITY_UNCHANGED_RE.test(answer)) out.addsCapacity = false;
    else if (CAPACITY_ADDED_RE.test(answer)) out.addsCapacity = true;
  }
  return out;
}

function openFacts(profile: ProjectProfile, asked: readonly AskedQuestion[]): FactKey[] {
  return asked.flatMap((q) => q.facts).filter((f) => isUnknown(profile, f));
}

/**
 * The still-unknown facts of the asked questions that a piece of a short reply is matched to, in
 * order (the first piece answers the first fact, and so on). Exported so one-tap answer buttons
 * (src/admission/short-answer-choices.ts) build replies that land on the fact they mean.
 */
export function shortAnswerTargets(profile: ProjectProfile, asked: readonly AskedQuestion[]): FactKey[] {
  return openFacts(profile, asked).filter((f) => STATE_FACT_SET.has(f) || f === "assessments" || f === "miningRight" || f === "location");
}

function setFact(p: ProjectProfile, fact: FactKey, value: FactState): void {
  if (STATE_FACT_SET.has(fact)) {
    (p as Record<string, unknown>)[fact] = value;
  } else if (fact === "assessments") {
    const a = { ...(p.assessments ?? {}) };
    for (const key of ASSESSMENT_KEYS) if (a[key] == null || a[key] === "unknown") a[key] = value;
    p.assessments = a;
  } else if (fact === "miningRight") {
    p.miningRight = value === "done" ? "采矿许可证" : value === "in_progress" || value === "planned" || value === "scheduled" ? "办理中" : "无证";
  } else if (fact === "location" && (value === "done" || value === "not_done")) {
    p.location = { ...(p.location ?? {}), inNamedZone: value === "done" };
  }
}

function isUnknown(p: ProjectProfile, fact: FactKey): boolean {
  if (fact === "assessments") {
    const a = p.assessments;
    return !a || ASSESSMENT_KEYS.some((k) => a[k] == null || a[k] === "unknown");
  }
  if (fact === "location") return !p.location?.zone && !p.location?.county && p.location?.inNamedZone == null;
  if (fact === "products") return !p.products?.length;
  const v = (p as Record<string, unknown>)[fact];
  return v == null || v === "unknown";
}
