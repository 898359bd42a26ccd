import terms from "../data/admission-terms.json" with { type: "json" };
import { foldWidth } from "../corpus/normalize-text.js";
import { normalizeQuery } from "../understanding/normalize-query.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { worseState, type FactState } from "./fact-state.js";
import { answersAll, factState, saysBuildsFirst, splitSegments } from "./read-fact-state.js";
import { extractLocation } from "./extract-location.js";
import { matchCluster } from "./match-cluster.js";
import { arabizeQuantities } from "./parse-chinese-number.js";
import { ASSESSMENT_KEYS, type ProjectAction, type ProjectProfile, type ProjectType, type StateFact } from "./profile-schema.js";

const CAPACITY_RE = /(年产|年处理|产能|规模)?\s*(\d+(?:\.\d+)?)\s*(万吨\/年|万吨每年|万吨\/a|吨\/年|万吨|吨)(\/年|每年)?/i;
const NON_METAL_RE = /非金属|铝基材料/;
const CURRENT_RE = /(\d+(?:\.\d+)?)\s*(?:ka|千安)/gi;

/**
 * Deterministic, offline reading of a colloquial project description. Only facts the text states
 * are set – each with its state (done, in progress, planned, not done, refused, postponed); everything
 * else stays undefined so the rules ask for it.
 */
export function extractProfile(rawText: string, k: AdmissionKnowledge): ProjectProfile {
  // The shared normal form first (NFKC, traditional → simplified), as the engine's query analysis reads it.
  const plain = foldWidth(normalizeQuery(rawText)).replace(/\s+/g, " ").toLowerCase();
  const text = arabizeQuantities(plain);
  const profile: ProjectProfile = {};
  const types = detectProjectTypes(text);
  if (types[0]) profile.projectType = types[0];
  if (types.length > 1) profile.additionalTypes = types.slice(1);
  const action = detectAction(text);
  if (action) profile.action = action;
  // "一吨不加" is an idiom, not a quantity: capacity cues are read before numerals become digits.
  readCapacityChange(plain, profile);
  const location = extractLocation(text, k);
  if (location) profile.location = location;
  const capacity = readCapacity(text);
  if (capacity) profile.capacity = capacity;
  const ka = readCellCurrent(text);
  if (ka !== null) profile.cellCurrentKa = ka;
  if (saysBuildsFirst(text)) profile.buildsBeforeApproval = true;

  const f = terms.facts;
  const notDone = terms.factNotDone as Record<string, string[]>;
  const read = (key: StateFact, words: readonly string[]) => setState(profile, key, factState(text, words, { not_done: notDone[key] ?? [] }));
  read("quotaAnnounced", f.quotaAnnounced);
  read("bauxiteMatched", f.bauxiteMatched);
  read("electrolysisSupporting", f.electrolysisSupporting);
  read("redMudTreatment", f.redMudTreatment);
  read("specialDemonstration", f.specialDemonstration);
  // Naming the cell type ("420KA预焙槽") is itself the statement that it is used.
  setState(profile, "largePrebaked", factState(text, f.largePrebaked) ?? (f.largePrebaked.some((w) => text.includes(w)) ? "done" : null));
  read("wasteSupplyAssessed", f.wasteSupplyAssessed);
  const mining = readMiningRight(text);
  if (mining) profile.miningRight = mining;
  // Whether bauxite is mined under a licence is only said of a mining project, whatever verb is used
  // ("无证在采的矿点", "采矿证还没办下来就开采").
  if (mining && !profile.projectType && terms.miningSubjects.some((w) => text.includes(w))) profile.projectType = "铝土矿开采";
  applyProcedures(text, profile);
  // In an integrated alumina + electrolysis project the electrolysis step is part of the project itself.
  if (profile.projectType === "氧化铝" && profile.additionalTypes?.includes("电解铝")) profile.electrolysisSupporting = "done";
  const energy = readEnergyLevel(text);
  if (energy) profile.energyLevel = energy;
  const products = readProducts(text);
  if (products.length) profile.products = products;
  // A product the document's clusters name ("铝基板材") says what kind of project it is.
  if (!profile.projectType && products.length) {
    const cluster = matchCluster({ products }, k);
    if (cluster) profile.projectType = NON_METAL_RE.test(cluster.name) ? "铝基非金属材料" : "铝精深加工";
  }
  return profile;
}

function setState(p: ProjectProfile, key: StateFact, value: FactState | null): void {
  if (value !== null) p[key] = value;
}

/**
 * The approvals: each assessment as stated, else what the text says of them together (三评). A
 * general word for "the paperwork" (手续、啥都没办) means the project type's own licence where it has
 * one – 采矿证 for a mine, the capacity quota and 批建手续 for an electrolytic smelter (三（三） names
 * them) – and the three assessments otherwise; "all paperwork done" covers the assessments too. Bare
 * 手续 counts as "all done" only with 都/齐/全.
 */
function applyProcedures(text: string, p: ProjectProfile): void {
  const f = terms.facts;
  const assessments = factState(text, terms.assessmentCollective);
  let paperwork = factState(text, terms.procedureCollective);
  const loose = factState(text, terms.assessmentCollectiveNegativeOnly);
  if (loose !== null && (loose !== "done" || splitSegments(text).some((s) => s.includes("手续") && answersAll(s)))) paperwork = worseState(paperwork, loose);
  const own = ownProcedure(p);
  if (paperwork !== null && own === "quota") {
    p.quotaAnnounced = worseState(p.quotaAnnounced, paperwork) ?? undefined;
  } else if (paperwork !== null && own === "licence" && !p.miningRight) {
    const licence = paperwork === "done" ? "采矿许可证" : paperwork === "in_progress" || paperwork === "planned" ? "办理中" : paperwork === "unknown" ? null : "无证";
    if (licence) p.miningRight = licence;
  }
  const collective = worseState(assessments, own === null || paperwork === "done" ? paperwork : null);
  const words = { energyReview: f.energyReview, environmentalImpact: f.environmentalImpact, waterResources: f.waterResources };
  const out: NonNullable<ProjectProfile["assessments"]> = {};
  for (const key of ASSESSMENT_KEYS) {
    const v = factState(text, words[key]) ?? collective;
    if (v !== null) out[key] = v;
  }
  if (Object.keys(out).length) p.assessments = out;
}

function ownProcedure(p: ProjectProfile): "quota" | "licence" | null {
  if (p.projectType === "电解铝") return "quota";
  if (p.projectType === "铝土矿开采") return "licence";
  return null;
}

/**
 * "产能一吨不加" marks an upgrade that adds no capacity: with an upgrade verb (槽子换成450kA) or on
 * an existing plant it is a 技改. "再扩5万吨" says capacity is added.
 */
function readCapacityChange(text: string, p: ProjectProfile): void {
  if (terms.noNewCapacity.some((w) => text.includes(w))) {
    p.addsCapacity = false;
    const upgrade = terms.upgradeVerbs.some((w) => text.includes(w));
    // "不新增产能" contains 增产: an expansion read from it is no expansion.
    if (upgrade && p.action !== "新建" && p.action !== "产能置换") p.action = "技改";
    else if (p.action === "扩建") p.action = text.includes("现有") ? "现有" : "技改";
  } else if (terms.newCapacity.some((w) => text.includes(w))) {
    p.addsCapacity = true;
    if (p.action === "现有") p.action = "扩建";
  }
}

/** The cell current; "把300kA的槽子换成450kA" names the new cells last. */
function readCellCurrent(text: string): number | null {
  const all = [...text.matchAll(CURRENT_RE)];
  if (!all.length) return null;
  let pick = all[0]!;
  if (all.length > 1) {
    const last = all[all.length - 1]!;
    const between = text.slice((all[0]!.index ?? 0) + all[0]![0].length, last.index ?? 0);
    if (terms.upgradeVerbs.some((w) => between.includes(w))) pick = last;
  }
  const ka = Number(pick[1]);
  return Number.isFinite(ka) && ka > 0 ? ka : null;
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
  // "开个小铝土矿", "挖铝土矿", "收购一座铝土矿": bauxite with a mining verb is the mine itself, not an input.
  const mine = MINING_RE.exec(text);
  if (mine && (!best || mine.index < best.at)) best = { type: "铝土矿开采", at: mine.index, len: mine[0].length };
  return best;
}

const MINING_RE = new RegExp(`(?:${terms.miningVerbs.join("|")})(?:了|个|一个|座|一座|家|几个|些)?(?:小|大)?(?:的)?铝土矿`);

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
  if (/^(?:也)?不(?:加|增|扩)/.test(text.slice((m.index ?? 0) + m[0].length))) return null;
  // "年处理废铝 10 万吨": the yearly marker may sit a few characters before the figure.
  const lead = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0);
  const perYear = Boolean(m[1]?.startsWith("年") || m[4] || /年产|年处理|每年/.test(lead));
  const value = Number(m[2]);
  if (!Number.isFinite(value) || value <= 0) return null;
  let unit = m[3]!.replace(/每年|\/a/i, "/年");
  if (perYear && !unit.endsWith("/年")) unit += "/年";
  return { value, unit };
}

function readMiningRight(text: string): ProjectProfile["miningRight"] {
  const m = terms.miningRight;
  const licence = factState(text, m.licence);
  if (m.unlicensed.some((w) => text.includes(w)) && licence !== "done") return "无证";
  if (licence === "done") return "采矿许可证";
  if (licence === "in_progress" || licence === "planned") return "办理中";
  const exploring = splitSegments(text).some((seg) => m.explorationOnly.some((w) => seg.includes(w)));
  if (exploring) return "仅探矿权";
  if (licence === "not_done" || licence === "refused" || licence === "postponed") return "无证";
  return null;
}

function readEnergyLevel(text: string): ProjectProfile["energyLevel"] {
  for (const [level, words] of Object.entries(terms.energyLevels)) {
    if (words.some((w) => text.includes(w))) return level as NonNullable<ProjectProfile["energyLevel"]>;
  }
  return null;
}

/**
 * Product words from the vocabulary, everyday words mapped onto the document's own (全铝家居 → 全铝家装);
 * a term inside a longer found term (型材 in 铝型材) is dropped.
 */
function readProducts(text: string): string[] {
  const aliases = terms.productAliases as Record<string, string>;
  const found = [...new Set([
    ...terms.products.filter((p) => text.includes(p)),
    ...Object.entries(aliases).filter(([w]) => text.includes(w)).map(([, p]) => p),
  ])].map((p) => aliases[p] ?? p);
  const unique = [...new Set(found)];
  return unique.filter((p) => !unique.some((q) => q !== p && q.includes(p)));
}
