import terms from "../data/admission-terms.json" with { type: "json" };
import { foldWidth } from "../corpus/normalize-text.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { factPolarity, splitSegments } from "./detect-polarity.js";
import { extractLocation } from "./extract-location.js";
import { arabizeQuantities } from "./parse-chinese-number.js";
import type { ProjectAction, ProjectProfile, ProjectType } from "./profile-schema.js";

const CAPACITY_RE = /(年产|年处理|产能|规模)?\s*(\d+(?:\.\d+)?)\s*(万吨\/年|万吨每年|万吨\/a|吨\/年|万吨|吨)(\/年|每年)?/i;
const CURRENT_RE = /(\d+(?:\.\d+)?)\s*(?:ka|千安)/i;

/**
 * Deterministic, offline reading of a colloquial project description. Only facts the text states
 * are set; everything else stays undefined so the rules ask for it.
 */
export function extractProfile(rawText: string, k: AdmissionKnowledge): ProjectProfile {
  const text = arabizeQuantities(foldWidth(rawText).replace(/\s+/g, " "));
  const profile: ProjectProfile = {};
  const types = detectProjectTypes(text);
  if (types[0]) profile.projectType = types[0];
  if (types.length > 1) profile.additionalTypes = types.slice(1);
  const action = detectAction(text);
  if (action) profile.action = action;
  const location = extractLocation(text, k);
  if (location) profile.location = location;
  const capacity = readCapacity(text);
  if (capacity) profile.capacity = capacity;
  const current = text.match(CURRENT_RE);
  const ka = Number(current?.[1]);
  if (Number.isFinite(ka) && ka > 0) profile.cellCurrentKa = ka;

  const f = terms.facts;
  const neg = terms.factNegations as Record<string, string[]>;
  setFact(profile, "quotaAnnounced", factPolarity(text, f.quotaAnnounced));
  setFact(profile, "bauxiteMatched", factPolarity(text, f.bauxiteMatched, neg.bauxiteMatched));
  setFact(profile, "electrolysisSupporting", factPolarity(text, f.electrolysisSupporting));
  setFact(profile, "redMudTreatment", factPolarity(text, f.redMudTreatment));
  setFact(profile, "specialDemonstration", factPolarity(text, f.specialDemonstration));
  // Naming the cell type ("420KA预焙槽") is itself the statement that it is used.
  setFact(profile, "largePrebaked", factPolarity(text, f.largePrebaked) ?? (f.largePrebaked.some((w) => text.includes(w)) ? true : null));
  setFact(profile, "wasteSupplyAssessed", factPolarity(text, f.wasteSupplyAssessed));
  const assessments = readAssessments(text);
  if (assessments) profile.assessments = assessments;
  const mining = readMiningRight(text);
  if (mining) profile.miningRight = mining;
  // Whether bauxite is mined under a licence is only said of a mining project, whatever verb is used
  // ("无证在采的矿点", "采矿证还没办下来就开采").
  if (mining && !profile.projectType && terms.miningSubjects.some((w) => text.includes(w))) profile.projectType = "铝土矿开采";
  // In an integrated alumina + electrolysis project the electrolysis step is part of the project itself.
  if (profile.projectType === "氧化铝" && profile.additionalTypes?.includes("电解铝")) profile.electrolysisSupporting = true;
  const energy = readEnergyLevel(text);
  if (energy) profile.energyLevel = energy;
  const products = readProducts(text);
  if (products.length) profile.products = products;
  return profile;
}

type BooleanFact = "quotaAnnounced" | "bauxiteMatched" | "electrolysisSupporting" | "redMudTreatment" |
  "specialDemonstration" | "largePrebaked" | "wasteSupplyAssessed";

function setFact(p: ProjectProfile, key: BooleanFact, value: boolean | null): void {
  if (value !== null) p[key] = value;
}

/**
 * The type named first, then the types chained to it by a connector ("氧化铝+电解铝一体化",
 * "氧化铝、电解铝项目"): an integrated project is every one of those types. A type merely mentioned
 * elsewhere (an input, a neighbouring plant) is not chained and does not count.
 */
export function detectProjectTypes(text: string): ProjectType[] {
  const first = findFirstType(text);
  if (!first) return [];
  const types: ProjectType[] = [first.type];
  let end = first.at + first.len;
  for (;;) {
    const rest = text.slice(end);
    const connector = terms.typeConnectors.find((c) => rest.startsWith(c));
    if (!connector) break;
    const next = typeTermAt(rest.slice(connector.length));
    if (!next) break;
    if (!types.includes(next.type)) types.push(next.type);
    end += connector.length + next.len;
  }
  return types;
}

/** The longest type term that starts the text, if any. */
function typeTermAt(text: string): { type: ProjectType; len: number } | null {
  let best: { type: ProjectType; len: number } | null = null;
  for (const { type, terms: words } of terms.projectTypes) {
    for (const w of words) if (text.startsWith(w) && (!best || w.length > best.len)) best = { type: type as ProjectType, len: w.length };
  }
  return best;
}

/** The type named first wins, except a term introduced as an input (用电解铝液做轮毂 → 精深加工). */
export function detectProjectType(text: string): ProjectType | null {
  return findFirstType(text)?.type ?? null;
}

function findFirstType(text: string): { type: ProjectType; at: number; len: number } | null {
  let best: { type: ProjectType; at: number; len: number } | null = null;
  for (const { type, terms: words } of terms.projectTypes) {
    for (const w of words) {
      for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) {
        const before = text.slice(Math.max(0, at - 3), at);
        if (terms.supportingCues.some((c) => before.endsWith(c) || before.includes(c))) continue;
        if (!best || at < best.at || (at === best.at && w.length > best.len)) best = { type: type as ProjectType, at, len: w.length };
        break;
      }
    }
  }
  return best;
}

/** An action word right after a negation ("不想改造", "没扩建") says what the project will NOT do. */
function detectAction(text: string): ProjectAction | null {
  for (const { action, terms: words } of terms.actions) if (words.some((w) => mentionsUnnegated(text, w))) return action as ProjectAction;
  return null;
}

function mentionsUnnegated(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (!terms.actionNegations.some((n) => before.endsWith(n))) return true;
  }
  return false;
}

function readCapacity(text: string): ProjectProfile["capacity"] {
  const m = text.match(CAPACITY_RE);
  if (!m) return null;
  // "年处理废铝 10 万吨": the yearly marker may sit a few characters before the figure.
  const lead = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0);
  const perYear = Boolean(m[1]?.startsWith("年") || m[4] || /年产|年处理|每年/.test(lead));
  const value = Number(m[2]);
  if (!Number.isFinite(value) || value <= 0) return null;
  let unit = m[3]!.replace(/每年|\/a/i, "/年");
  if (perYear && !unit.endsWith("/年")) unit += "/年";
  return { value, unit };
}

function readAssessments(text: string): ProjectProfile["assessments"] {
  const f = terms.facts;
  const out: NonNullable<ProjectProfile["assessments"]> = {};
  // "手续以后再办" says the approvals are not done; a bare "手续" affirmed is too vague to count as all three.
  const loose = factPolarity(text, terms.assessmentCollectiveNegativeOnly);
  const collective = factPolarity(text, terms.assessmentCollective) ?? (loose === false ? false : null);
  const pairs = [["energyReview", f.energyReview], ["environmentalImpact", f.environmentalImpact], ["waterResources", f.waterResources]] as const;
  for (const [key, words] of pairs) {
    const v = factPolarity(text, words) ?? collective;
    if (v !== null) out[key] = v;
  }
  return Object.keys(out).length ? out : null;
}

function readMiningRight(text: string): ProjectProfile["miningRight"] {
  const m = terms.miningRight;
  const licence = factPolarity(text, m.licence);
  if (m.unlicensed.some((w) => text.includes(w)) && licence !== true) return "无证";
  if (licence === true) return "采矿许可证";
  const exploring = splitSegments(text).some((seg) => m.explorationOnly.some((w) => seg.includes(w)));
  if (exploring) return "仅探矿权";
  if (licence === false) return "无证";
  return null;
}

function readEnergyLevel(text: string): ProjectProfile["energyLevel"] {
  for (const [level, words] of Object.entries(terms.energyLevels)) {
    if (words.some((w) => text.includes(w))) return level as NonNullable<ProjectProfile["energyLevel"]>;
  }
  return null;
}

/** Product words from the vocabulary; a term inside a longer found term (型材 in 铝型材) is dropped. */
function readProducts(text: string): string[] {
  const found = terms.products.filter((p) => text.includes(p));
  return found.filter((p) => !found.some((q) => q !== p && q.includes(p)));
}
