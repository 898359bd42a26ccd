import terms from "../data/admission-terms.json" with { type: "json" };
import { segmentPolarity, splitSegments } from "./detect-polarity.js";
import type { AskedQuestion } from "./fit-check-state.js";
import type { FactKey, ProjectProfile } from "./profile-schema.js";

export const BOOLEAN_FACTS: ReadonlySet<FactKey> = new Set<FactKey>([
  "quotaAnnounced", "bauxiteMatched", "electrolysisSupporting", "redMudTreatment", "specialDemonstration", "wasteSupplyAssessed",
]);

/**
 * Reads a short reply ("有", "没有", "都做了", "有，没有", "以上") in the context of the questions just
 * asked, for the facts the full extractor could not fill from the reply alone. Yes/no pieces are
 * matched to the asked facts in order; "都/全部" applies one answer to all of them.
 */
export function applyShortAnswer(profile: ProjectProfile, answer: string, asked: readonly AskedQuestion[]): ProjectProfile {
  const open = openFacts(profile, asked);
  if (open.length === 0) return profile;
  const out: ProjectProfile = structuredClone(profile);
  const polarities = splitSegments(answer).map((s) => segmentPolarity(s)).filter((p): p is boolean => p !== null);
  const all = terms.allCues.some((w) => answer.includes(w));
  const targets = shortAnswerTargets(profile, asked);
  targets.forEach((fact, i) => {
    const value = all ? polarities[0] : polarities[i] ?? (polarities.length === 1 && targets.length === 1 ? polarities[0] : undefined);
    if (value === undefined) return;
    setFact(out, fact, value);
  });
  if (open.includes("energyLevel")) {
    if (/以下|低于|不达标|达不到/.test(answer)) out.energyLevel = "基准水平以下";
    else if (/以上|高于|达标|达到/.test(answer)) out.energyLevel = "基准水平以上";
  }
  return out;
}

function openFacts(profile: ProjectProfile, asked: readonly AskedQuestion[]): FactKey[] {
  return asked.flatMap((q) => q.facts).filter((f) => isUnknown(profile, f));
}

/**
 * The still-unknown facts of the asked questions that a yes/no piece of a short reply is matched to,
 * in order (the first piece answers the first fact, and so on). Exported so one-tap answer buttons
 * (src/admission/short-answer-choices.ts) build replies that land on the fact they mean.
 */
export function shortAnswerTargets(profile: ProjectProfile, asked: readonly AskedQuestion[]): FactKey[] {
  return openFacts(profile, asked).filter((f) => f !== "energyLevel" && f !== "cellCurrentKa" && f !== "products" && f !== "projectType" && f !== "action");
}

function setFact(p: ProjectProfile, fact: FactKey, value: boolean): void {
  if (BOOLEAN_FACTS.has(fact)) {
    (p as Record<string, unknown>)[fact] = value;
  } else if (fact === "assessments") {
    const a = { ...(p.assessments ?? {}) };
    if (a.energyReview == null) a.energyReview = value;
    if (a.environmentalImpact == null) a.environmentalImpact = value;
    if (a.waterResources == null) a.waterResources = value;
    p.assessments = a;
  } else if (fact === "miningRight") {
    p.miningRight = value ? "采矿许可证" : "无证";
  } else if (fact === "location") {
    p.location = { ...(p.location ?? {}), inNamedZone: value };
  }
}

function isUnknown(p: ProjectProfile, fact: FactKey): boolean {
  if (fact === "assessments") {
    const a = p.assessments;
    return !a || a.energyReview == null || a.environmentalImpact == null || a.waterResources == null;
  }
  if (fact === "location") return !p.location?.zone && !p.location?.county && p.location?.inNamedZone == null;
  if (fact === "products") return !p.products?.length;
  return (p as Record<string, unknown>)[fact] == null;
}
