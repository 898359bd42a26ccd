import type { ConceptMatch } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";
import { normalizeQuery } from "../understanding/normalize-query.js";
import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { ADMISSION_TERMS as terms } from "./admission-terms.js";
import { admissionVocabulary, type AdmissionVocabulary, type FactCueKey } from "./admission-vocabulary.js";
import { worseState, type FactState } from "./fact-state.js";
import { answersAll, factState, saysBuildsFirst, segmentState, segmentsOf, splitSegments, type Segment } from "./read-fact-state.js";
import { isAboutElsewhere, maskSpans, readProjectPart, saysProspective } from "./project-part.js";
import { readProjectLocation } from "./project-location.js";
import { matchCluster } from "./match-cluster.js";
import { correctMistypes } from "./correct-mistypes.js";
import { arabizeQuantities } from "./parse-chinese-number.js";
import { unifyCapacityUnits } from "./capacity-units.js";
import { ASSESSMENT_KEYS, type ProjectAction, type ProjectProfile, type ProjectType, type StateFact } from "./profile-schema.js";

const CAPACITY_RE = /(年产|年处理|产能|规模)?\s*(\d+(?:\.\d+)?)\s*(万吨\/年|万吨每年|万吨\/a|吨\/年|万吨|吨)(\/年|每年)?/i;
const NON_METAL_RE = /非金属|铝基材料/;
const CURRENT_RE = /(\d+(?:\.\d+)?)\s*(?:ka|千安)/gi;

/** What the extractor reads a description with: the folded text and the lexicon's concept mentions in it. */
interface Reading {
  folded: string;
  matches: ConceptMatch[];
  vocabulary: AdmissionVocabulary;
}

/**
 * Deterministic, offline reading of a colloquial project description. Project types, products and
 * the topics facts are about come from the domain lexicon's concepts (one vocabulary, shared with
 * the question analysis); only facts the text states are set – each with its state (done, in
 * progress, planned, not done, refused, postponed); everything else stays undefined so the rules ask.
 */
export function extractProfile(rawText: string, k: AdmissionKnowledge, vocabulary: AdmissionVocabulary = admissionVocabulary()): ProjectProfile {
  // The shared normal form (NFKC, traditional → simplified), then the lexicon's matching form.
  const folded = foldText(normalizeQuery(rawText)).replace(/\s+/g, " ");
  const r: Reading = { folded, matches: vocabulary.match(folded), vocabulary };
  const text = quantities(folded);
  const profile: ProjectProfile = {};
  // First the whole text's action (is it a relocation?), then the project's part of the text: the
  // supplier next door, the company's other plants, a phase already producing, the site a relocation
  // leaves are context – their facts, places and actions are not the project's.
  const relocation = detectAction(folded, []) === "搬迁";
  const part = readProjectPart(folded, relocation, (seg) => typesIn(r, seg));
  const context = part.context;
  const inContext = (seg: Segment) => context.some((c) => seg.start >= c.start && seg.end <= c.end);
  const aboutProject = (seg: Segment) => !inContext(seg);
  const own = maskSpans(folded, context);
  const ownText = quantities(own);
  const types = detectTypes(r, context);
  if (types[0]) profile.projectType = types[0];
  if (types.length > 1) profile.additionalTypes = types.slice(1);
  // The clause that moves the plant also names the site it leaves, which is context: the move itself
  // is still the project's action ("从老城区整体搬到园区，顺便把槽子换成…" is a relocation, not a 技改).
  const ownAction = detectAction(folded, context);
  const action = relocation && (!ownAction || ownAction === "技改" || ownAction === "改建") ? "搬迁" : ownAction;
  if (action) profile.action = action;
  if (part.judgedPhase || part.setAside.length) profile.judgedPart = { phase: part.judgedPhase, setAside: part.setAside };
  // "一吨不加" is an idiom, not a quantity: capacity cues are read before numerals become digits.
  readCapacityChange(own, profile);
  // 改造 said of the facility ("中水回用改造") is the same retrofit.
  if (buildsEnergyFacility(r, context) && profile.projectType && (!profile.action || profile.action === "现有" || profile.action === "改建") && profile.addsCapacity !== true) {
    profile.action = "技改";
    profile.addsCapacity = false;
    profile.energyFacility = true;
  }
  // A building verb after a place ("想在厂内建…项目") says 新建 when no action word does – read after the
  // energy facility check, which makes "电解铝厂想在厂区建储能电站" a retrofit of the plant.
  if (!profile.action && profile.projectType && segmentsOf(folded).some((seg) => !inContext(seg) && NEW_BUILD_RE.test(seg.text))) profile.action = "新建";
  const location = readProjectLocation(folded, own, relocation, r, k);
  if (location) profile.location = location;
  const capacity = readCapacity(ownText) ?? readCapacity(text);
  if (capacity) profile.capacity = capacity;
  const ka = readCellCurrent(ownText) ?? readCellCurrent(text);
  if (ka !== null) profile.cellCurrentKa = ka;
  if (saysBuildsFirst(own)) profile.buildsBeforeApproval = true;
  const running = readOperating(folded, aboutProject);
  if (running.length) profile.operating = true;
  // An expansion whose new part already runs was built: approvals it lacks were skipped, not pending.
  if (profile.action && CHANGE_ACTIONS.has(profile.action) && running.some((seg) => terms.operating.newPart.some((w) => seg.includes(w)))) {
    profile.buildsBeforeApproval = true;
  }

  const notDone: Partial<Record<string, string[]>> = terms.factNotDone;
  // "产能等量置换不增加" says nothing of how far the replacement plan is: its 不 is about capacity.
  const stateText = maskCapacityChange(folded);
  // A clause that names no fact of its own ("，开工前办齐", "，拟投产后再补办") continues the one before;
  // one about the approvals in general ("，保证动工之前全部拿到批复") does too.
  const namesAnyFact = (seg: Segment) => CUE_KEYS.some((key) => vocabulary.mentions(key, seg, r.matches));
  const stateOfFact = (key: FactCueKey | "assessmentCollective" | "procedureCollective") =>
    factState(stateText, (seg: Segment) => aboutProject(seg) && vocabulary.mentions(key, seg, r.matches), { not_done: notDone[key] ?? [] }, namesAnyFact);
  const read = (key: StateFact & FactCueKey) => setState(profile, key, stateOfFact(key));
  read("quotaAnnounced");
  // Naming the project's own mine ("用自家的铝土矿") is itself the statement that it has one.
  const ownMineRes = (terms.facts.bauxiteMatched.patterns ?? []).map((src) => new RegExp(src));
  const ownMineNamed = ownMineRes.some((re) => re.test(folded));
  setState(profile, "bauxiteMatched", stateOfFact("bauxiteMatched") ?? (ownMineNamed ? "done" : null));
  // Own ore that covers only part of the capacity (只够三分之一，剩下的外购) does not match it.
  // Read in the clause about the ore and the one after it ("自有矿只够三分之一，剩下的从省外买").
  const oreSegments = segmentsOf(stateText);
  const shortfall = oreSegments.some((seg, i) => aboutProject(seg) && (vocabulary.mentions("bauxiteMatched", seg, r.matches) || ownMineRes.some((re) => re.test(seg.text))) &&
    [seg, oreSegments[i + 1]].some((x) => x !== undefined && SHORTFALL_RES.some((re) => re.test(x.text))));
  if (profile.bauxiteMatched && shortfall) profile.bauxiteMatched = worseState(profile.bauxiteMatched, "not_done") ?? "not_done";
  read("electrolysisSupporting");
  read("redMudTreatment");
  read("specialDemonstration");
  // Naming the cell type ("420KA预焙槽") is itself the statement that it is used.
  // 预焙 inside another thing's name (预焙阳极: the carbon anodes) is not the cell type.
  const prebakedNamed = r.matches.some((m) => m.concept.id === "large-prebaked-cell") ||
    [...folded.matchAll(/预焙|预培/g)].some((x) => !r.matches.some((m) => m.start <= x.index && m.end >= x.index + x[0].length));
  setState(profile, "largePrebaked", stateOfFact("largePrebaked") ?? (prebakedNamed ? "done" : null));
  read("wasteSupplyAssessed");
  // The land and safety permits matter to 三（二）'s alumina plants only.
  if (profile.projectType === "氧化铝") read("sitePermits");
  // The licence words are plain strings: a mistyped licence (采矿正) is read as the word meant.
  const mining = readMiningRight(correctMistypes(folded, r.matches, MINING_RIGHT_CONCEPTS));
  if (mining) profile.miningRight = mining;
  // Whether bauxite is mined under a licence is only said of a mining project, whatever verb is used
  // ("无证在采的矿点", "采矿证还没办下来就开采").
  if (mining && !profile.projectType && terms.miningSubjects.some((w) => folded.includes(w))) profile.projectType = "铝土矿开采";
  applyProcedures(stateText, profile, stateOfFact);
  // "…都在办，计划全部办下来以后才动工": a promise about everything, in a clause naming no fact of its own,
  // makes every piece still under way or planned a piece promised before construction.
  const promisesAll = segmentsOf(stateText).some((seg) =>
    aboutProject(seg) && !namesAnyFact(seg) && segmentState(seg.text) === "scheduled" && answersAll(seg.text));
  if (promisesAll && !profile.buildsBeforeApproval) promiseAll(profile);
  // In an integrated alumina + electrolysis project the electrolysis step is part of the project itself.
  if (profile.projectType === "氧化铝" && profile.additionalTypes?.includes("电解铝")) profile.electrolysisSupporting = "done";
  const energy = readEnergyLevel(folded);
  if (energy) profile.energyLevel = energy;
  const products = readProducts(r, k);
  if (products.length) profile.products = products;
  // A product the document's clusters name ("铝基板材") says what kind of project it is.
  if (!profile.projectType && products.length) {
    const cluster = matchCluster({ products }, k);
    if (cluster) profile.projectType = NON_METAL_RE.test(cluster.name) ? "铝基非金属材料" : "铝精深加工";
  }
  return profile;
}

const SHORTFALL_RES = terms.bauxiteShortfallPatterns.map((src) => new RegExp(src));

const UNDER_WAY: readonly FactState[] = ["in_progress", "planned"];

/** Every fact under way or planned becomes scheduled (promised before construction). */
function promiseAll(p: ProjectProfile): void {
  const keys = ["quotaAnnounced", "specialDemonstration", "bauxiteMatched", "electrolysisSupporting", "redMudTreatment", "wasteSupplyAssessed", "sitePermits"] as const;
  for (const key of keys) if (UNDER_WAY.includes(p[key] as FactState)) p[key] = "scheduled";
  if (!p.assessments) return;
  for (const key of ASSESSMENT_KEYS) if (UNDER_WAY.includes(p.assessments[key] as FactState)) p.assessments[key] = "scheduled";
}

/** Every particular fact a clause can speak of (not the collective 三评、手续). */
const CUE_KEYS = Object.keys(terms.facts) as FactCueKey[];

/** Numerals as digits (三十万吨 → 30万吨) and Latin units as the Chinese ones (200kt → 20万吨). */
function quantities(text: string): string {
  return unifyCapacityUnits(arabizeQuantities(text));
}

function setState(p: ProjectProfile, key: StateFact, value: FactState | null): void {
  if (value !== null) p[key] = value;
}

type StateReader = (key: FactCueKey | "assessmentCollective" | "procedureCollective") => FactState | null;

/**
 * The approvals: each assessment as stated, else what the text says of them together (三评). A
 * general word for "the paperwork" (手续、啥都没办) means the project type's own licence where it has
 * one – 采矿证 for a mine, the capacity quota and 批建手续 for an electrolytic smelter (三（三） names
 * them) – and the three assessments otherwise; "all paperwork done" covers the assessments too, but
 * only when said of all of it (手续齐全、都办齐了). Reviews the text names itself ("环评也没批，先把厂房
 *建起来") are judged on their own, so building first fails 五（三） as well as the type's own clause.
 */
function applyProcedures(folded: string, p: ProjectProfile, stateOfFact: StateReader): void {
  const assessments = stateOfFact("assessmentCollective");
  let paperwork = stateOfFact("procedureCollective");
  if (paperwork === "done" && !splitSegments(folded).some((s) => s.includes("手续") && answersAll(s))) paperwork = null;
  const own = ownProcedure(p);
  if (paperwork !== null && own === "quota") {
    p.quotaAnnounced = worseState(p.quotaAnnounced, paperwork) ?? undefined;
  } else if (paperwork !== null && own === "licence" && !p.miningRight) {
    const licence = paperwork === "done" ? "采矿许可证" : paperwork === "in_progress" || paperwork === "planned" || paperwork === "scheduled" ? "办理中" : paperwork === "unknown" ? null : "无证";
    if (licence) p.miningRight = licence;
  }
  const collective = worseState(assessments, own === null || paperwork === "done" ? paperwork : null);
  const out: NonNullable<ProjectProfile["assessments"]> = {};
  for (const key of ASSESSMENT_KEYS) {
    const v = stateOfFact(key) ?? collective;
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
const NO_NEW_CAPACITY_RES = terms.noNewCapacityPatterns.map((src) => new RegExp(src));
/** What says the plant stands as it is (现有、复产、恢复生产…), from the action terms. */
const EXISTING_TERMS = terms.actions.find((a) => a.action === "现有")?.terms ?? ["现有"];

function readCapacityChange(text: string, p: ProjectProfile): void {
  if (terms.noNewCapacity.some((w) => text.includes(w)) || NO_NEW_CAPACITY_RES.some((re) => re.test(text))) {
    p.addsCapacity = false;
    // "不扩产也不改造" negates the upgrade verb: the plant is kept as it is.
    const upgrade = terms.upgradeVerbs.some((w) => occurrences(text, w).some((at) => !terms.actionNegations.some((n) => text.slice(0, at).endsWith(n))));
    // "不新增产能" contains 增产: an expansion read from it is no expansion.
    // A plant moved to a new site stays a relocation when it swaps its cells on the way (搬的时候顺便换槽).
    if (upgrade && p.action !== "新建" && p.action !== "产能置换" && p.action !== "搬迁") p.action = "技改";
    else if (p.action === "扩建") p.action = EXISTING_TERMS.some((w) => text.includes(w)) ? "现有" : "技改";
  } else if (terms.newCapacity.some((w) => text.includes(w)) || NEW_CAPACITY_RES.some((re) => re.test(text))) {
    p.addsCapacity = true;
    if (p.action === "现有") p.action = "扩建";
  }
}

const NEW_CAPACITY_RES = terms.newCapacityPatterns.map((src) => new RegExp(src));

const FACILITY_IDS = new Set(terms.energyFacility.concepts);

/**
 * The project builds an energy or water facility at its plant (配套建分布式光伏加储能、上余热发电): a
 * facility concept the text names right after a building verb, outside the context clauses. With no
 * other action for the plant itself, that is a retrofit of the plant which adds no capacity.
 */
function buildsEnergyFacility(r: Reading, context: readonly Segment[]): boolean {
  return r.matches.some((m) => {
    if (!FACILITY_IDS.has(m.concept.id) || context.some((c) => m.start >= c.start && m.end <= c.end)) return false;
    const before = r.folded.slice(Math.max(0, m.start - 4), m.start);
    const after = r.folded.slice(m.end, m.end + 4);
    return terms.energyFacility.buildVerbs.some((v) => before.endsWith(v) || before.endsWith(`${v}了`)) ||
      terms.energyFacility.afterWords.some((w) => after.startsWith(w));
  });
}

/** The no-new-capacity phrases of a text blanked out (same length, so offsets stay valid). */
function maskCapacityChange(text: string): string {
  let out = text;
  const blank = (m: string) => "□".repeat(m.length);
  for (const w of terms.noNewCapacity) out = out.split(w).join(blank(w));
  for (const re of NO_NEW_CAPACITY_RES) out = out.replace(new RegExp(re.source, "g"), blank);
  return out;
}

const OPERATING_RES = terms.operating.patterns.map((src) => new RegExp(src, "gi"));

/**
 * Whether the project's own plant already stands (built, commissioning, producing): a clause says so,
 * not as something ahead (准备投产、还没投产、投产后) and not of a neighbouring plant that supplies it
 * (旁边已经投产的电解铝厂供铝液).
 */
const CHANGE_ACTIONS: ReadonlySet<string> = new Set(["扩建", "技改", "改建"]);

/** The clauses that say so (empty when none does). */
function readOperating(folded: string, aboutProject: (seg: Segment) => boolean): string[] {
  const o = terms.operating;
  return segmentsOf(folded).filter((seg) => {
    if (!aboutProject(seg) || isAboutElsewhere(seg.text)) return false;
    return OPERATING_RES.some((re) => [...seg.text.matchAll(re)].some((m) => {
      const before = seg.text.slice(Math.max(0, m.index - 2), m.index);
      const after = seg.text.slice(m.index + m[0].length);
      return !o.notYet.some((w) => before.endsWith(w)) && !o.after.some((w) => after.startsWith(w));
    }));
  }).map((seg) => seg.text);
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

/** A project-type mention: a concept naming a type, not introduced as an input (用电解铝液做轮毂). */
interface TypeMention {
  type: ProjectType;
  start: number;
  end: number;
  /** The mention names the plant hosting the project (hostCue). */
  host?: boolean;
  /** A policy topic under a type (资源整合's 收购) rather than the type, its product or its process. */
  topic?: boolean;
}

function typeMentions(r: Reading, context: readonly Segment[]): TypeMention[] {
  const out: TypeMention[] = [];
  const inputs: TypeMention[] = [];
  // "电解铝用预焙阳极项目", "氧化铝用石灰项目": the type names who the product is for, the project is the
  // product – and the 用 after the customer is no supply cue for the product.
  const forUseEnds = r.matches.filter((m) => r.vocabulary.typeOf(m.concept) && FOR_USE_RE.test(r.folded.slice(m.end, m.end + 16))).map((m) => m.end);
  for (const m of r.matches) {
    const before = r.folded.slice(Math.max(0, m.start - 3), m.start);
    const input = r.vocabulary.inputTypeOf(m.concept);
    if (input && terms.inputCues.some((c) => before.includes(c))) inputs.push({ type: input, start: m.start, end: m.end });
    const type = r.vocabulary.typeOf(m.concept);
    if (!type) continue;
    if (forUseEnds.includes(m.end)) continue;
    const forUse = forUseEnds.some((end) => m.start > end && m.start - end <= 3);
    if (!forUse && terms.supportingCues.some((c) => before.endsWith(c) || before.includes(c))) continue;
    out.push({ type, start: m.start, end: m.end, host: HOST_RE.test(r.folded.slice(m.end, m.end + 16)), topic: m.concept.kind === "topic" });
  }
  // The plant that builds the project on its own site ("氧化铝厂想在厂内建赤泥综合利用项目") is not the
  // project when the clause names what it builds.
  const hosted = out.filter((m) => m.host && out.some((o) => o.start > m.end && o.type !== m.type));
  if (hosted.length) out.splice(0, out.length, ...out.filter((m) => !hosted.includes(m)));
  // What the project takes in names it only when nothing it makes or is does ("以赤泥为原料生产免烧砖").
  if (!out.length) out.push(...inputs);
  // A type named only in a clause of context – a supplier ("依托园区已经投产的电解铝"), another plant
  // ("园区内已建成一家电解铝厂"), a phase already built – is not the project, when the project is named
  // elsewhere.
  // A supplier's clause is aside unless it proposes the project ("在旁边新上一条铝箔线").
  const aside = [...context, ...segmentsOf(r.folded).filter((seg) => isAboutElsewhere(seg.text) && !saysProspective(seg.text))];
  const inElsewhere = (m: TypeMention) => aside.some((seg) => m.start >= seg.start && m.end <= seg.end);
  const own = out.some((m) => !inElsewhere(m)) ? out.filter((m) => !inElsewhere(m)) : out;
  // "开个小铝土矿", "挖铝土矿", "收购一座铝土矿": bauxite with a mining verb is the mine itself, not an input.
  const mine = MINING_RE.exec(r.folded);
  if (mine) own.push({ type: "铝土矿开采", start: mine.index, end: mine.index + mine[0].length });
  // The same with any name the lexicon gives bauxite (铝矾土、铝矿): "弄个铝矾土矿".
  else {
    const ore = r.matches.find((m) => m.concept.id === BAUXITE_ID && MINING_VERB_BEFORE_RE.test(r.folded.slice(Math.max(0, m.start - 8), m.start)));
    if (ore) own.push({ type: "铝土矿开采", start: ore.start, end: ore.end });
  }
  return own.sort((a, b) => a.start - b.start || b.end - a.end);
}

const HOST_RE = new RegExp(terms.hostCue);
const FOR_USE_RE = new RegExp(terms.forUseCue);
const NEW_BUILD_RE = new RegExp(terms.newBuildPattern);

const MINING_RE = new RegExp(`(?:${terms.miningVerbs.join("|")})(?:了|个|一个|座|一座|家|几个|些)?(?:小|大)?(?:的)?铝土矿`);
const MINING_VERB_BEFORE_RE = new RegExp(`(?:${terms.miningVerbs.join("|")})(?:了|个|一个|座|一座|家|几个|些)?(?:小|大)?(?:的)?$`);
/** The lexicon's bauxite concept: its every name (铝土矿、铝矾土、铝矿) is the ore a mine digs. */
const BAUXITE_ID = "bauxite";

/**
 * The type named first, then the types chained to it by a connector ("氧化铝+电解铝一体化",
 * "氧化铝、电解铝项目"): an integrated project is every one of those types. A type merely mentioned
 * elsewhere (an input, a neighbouring plant) is not chained and does not count.
 */
function detectTypes(r: Reading, context: readonly Segment[]): ProjectType[] {
  const all = typeMentions(r, context);
  // 其他 (an aluminium-chain business no clause names: 预焙阳极、铝灰) names the project only when no type
  // the document names does ("用铝灰做耐火材料" makes 耐火材料).
  const named = all.filter((m) => m.type !== "其他");
  const typed = named.length ? named : all;
  // A policy topic said as a verb whose object names another type right after it in the same clause
  // ("收购一家现有的电解铝厂": 收购 is a bauxite topic) is what is done to that plant, not the project.
  const mentions = typed.filter((m) => !(m.topic && typed.some((o) => !o.topic && o.type !== m.type && o.start >= m.end &&
    o.start - m.end <= TOPIC_OBJECT_GAP && !/[，。；,;！？]/.test(r.folded.slice(m.end, o.start)))));
  const first = mentions[0];
  if (!first) return [];
  const types: ProjectType[] = [first.type];
  let end = first.end;
  for (;;) {
    const rest = r.folded.slice(end);
    const connector = terms.typeConnectors.find((c) => rest.startsWith(c));
    if (!connector) break;
    const next = mentions.find((m) => m.start === end + connector.length);
    if (!next) break;
    if (!types.includes(next.type)) types.push(next.type);
    end = next.end;
  }
  // A component the project adds elsewhere in the text ("…，同时配一条高纯氧化铝线") is part of it too.
  for (const m of mentions) {
    if (types.includes(m.type)) continue;
    if (COMPONENT_RE.test(r.folded.slice(Math.max(0, m.start - 18), m.start))) types.push(m.type);
  }
  return types;
}

const COMPONENT_RE = new RegExp(terms.componentCue);
/** How far after a topic verb its object may start ("收购|一家现有的|电解铝厂"). */
const TOPIC_OBJECT_GAP = 8;

/** The project types a text names, as the extractor reads them (for tests and tools). */
export function detectProjectTypes(text: string, vocabulary: AdmissionVocabulary = admissionVocabulary()): ProjectType[] {
  const folded = foldText(normalizeQuery(text)).replace(/\s+/g, " ");
  const r: Reading = { folded, matches: vocabulary.match(folded), vocabulary };
  return detectTypes(r, readProjectPart(folded, detectAction(folded, []) === "搬迁", (seg) => typesIn(r, seg)).context);
}

/** The project types named in a clause (for telling another plant's clause from the project's). */
function typesIn(r: Reading, seg: Segment): ProjectType[] {
  return r.matches.filter((m) => m.start >= seg.start && m.end <= seg.end).flatMap((m) => r.vocabulary.typeOf(m.concept) ?? []);
}

/**
 * An action word right after a negation ("不想改造", "没扩建") says what the project will NOT do; one in
 * a clause about a supplier ("铝液来自旁边已经投产的电解铝厂") or in other context says what that plant
 * is. The project's own action wins over 现有: "园区内已建成…，拟新建…" is a new project (现有 is last).
 */
function detectAction(text: string, context: readonly Segment[]): ProjectAction | null {
  const own = segmentsOf(text).filter((seg) => !context.some((c) => seg.start >= c.start && seg.end <= c.end));
  // What a supplier's clause says stands (旁边已经投产的电解铝厂) is that plant; what a clause placing
  // the project beside it proposes (在旁边新上一条铝箔线) is the project's.
  for (const { action, terms: words } of terms.actions) {
    const said = own.filter((seg) => action !== "现有" || !isAboutElsewhere(seg.text)).map((seg) => seg.text);
    if (words.some((w) => said.some((seg) => mentionsUnnegated(seg, w)))) return action;
  }
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
  // "一吨产能都不加" is the idiom, not a capacity of one tonne.
  if (/^(?:产能)?(?:也|都)?不(?:加|增|扩)/.test(text.slice((m.index ?? 0) + m[0].length))) return null;
  // "年处理废铝 10 万吨": the yearly marker may sit a few characters before the figure.
  const lead = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0);
  const perYear = Boolean(m[1]?.startsWith("年") || m[4] || /年产|年处理|每年/.test(lead));
  const value = Number(m[2]);
  if (!Number.isFinite(value) || value <= 0) return null;
  let unit = m[3]!.replace(/每年|\/a/i, "/年");
  if (perYear && !unit.endsWith("/年")) unit += "/年";
  return { value, unit };
}

/** The lexicon concepts whose mistypes the mining-right words must see through. */
const MINING_RIGHT_CONCEPTS: ReadonlySet<string> = new Set(["mining-licence", "illegal-mining"]);

const EXPIRED_RE = new RegExp(`(?:${terms.miningRight.expired.join("|")})`, "i");
const EXPIRES_LATER_RE = new RegExp(`(?:${terms.miningRight.expiresLater.join("|")})[^，。；,;]{0,8}?(?:${terms.miningRight.expired.join("|")})`, "i");
const MINED_NOW_RE = new RegExp(`(?:${terms.miningRight.current.join("|")})[^，。；,;]{0,4}(?:${terms.miningRight.extracting.join("|")})`, "i");

/**
 * The mining right of the project – of every mine point it names: a description may hold a licensed
 * mine and a second point it digs with only an exploration right or none ("一号矿有采矿证…二号矿点只
 * 有探矿权，也想先挖着卖"). A licence stated for one point does not cover another point said to lack
 * one while it is being dug (the clause or the next one says so): that point breaks 三（一）. A licence
 * said to have expired counts only once renewed; while the renewal is under way the mine holds none,
 * and taking ore out meanwhile (仍在正常出矿) is mining without one.
 */
function readMiningRight(text: string): ProjectProfile["miningRight"] {
  const m = terms.miningRight;
  const segments = splitSegments(text);
  // An expired licence (采矿许可证已于去年到期) is no licence unless it was renewed (已办好延续).
  const aboutLicence = segments.filter((s) => m.licence.some((w) => s.includes(w)));
  const expired = aboutLicence.some((s) => EXPIRED_RE.test(s) && !EXPIRES_LATER_RE.test(s));
  // "采矿证明年到期" says the licence is held now.
  const heldUntil = aboutLicence.some((s) => EXPIRES_LATER_RE.test(s));
  const renewal = expired ? factState(text, m.renewal) : null;
  const minedNow = segments.some((s) => MINED_NOW_RE.test(s));
  const licence = !expired ? factState(text, m.licence) ?? (heldUntil ? "done" : null)
    : renewal === "done" ? "done"
      : (renewal === "in_progress" || renewal === "planned" || renewal === "scheduled") && !minedNow ? "in_progress" : "not_done";
  const dugAt = (i: number) => [segments[i], segments[i + 1]].some((s) => s !== undefined && m.extracting.some((w) => s.includes(w)));
  const saidAt = (words: readonly string[]) => segments.flatMap((seg, i) => (words.some((w) => seg.includes(w)) ? [i] : []));
  const unlicensed = saidAt(m.unlicensed);
  const exploring = saidAt(m.explorationOnly);
  if (unlicensed.length && (licence !== "done" || unlicensed.some(dugAt))) return "无证";
  if (licence === "done") return exploring.some(dugAt) ? "仅探矿权" : "采矿许可证";
  // A licence promised before mining starts is not a licence yet: mining waits for it.
  if (licence === "in_progress" || licence === "planned" || licence === "scheduled") return "办理中";
  if (exploring.length) return "仅探矿权";
  if (licence === "not_yet" || licence === "not_done" || licence === "refused" || licence === "postponed") return "无证";
  return null;
}

function readEnergyLevel(text: string): ProjectProfile["energyLevel"] {
  for (const [level, words] of Object.entries(terms.energyLevels)) {
    if (words.some((w) => text.includes(w))) return level as keyof typeof terms.energyLevels;
  }
  return null;
}

/**
 * The products named, in the document's own words where it has them (全铝家居 → 全铝家装, wheel → 轮毂):
 * each product concept's first term a cluster clause uses, else that of the nearest broader concept
 * the clusters use, else its label. A name inside a longer found name (型材 in 铝型材) is dropped.
 */
function readProducts(r: Reading, k: AdmissionKnowledge): string[] {
  const clusterText = k.clusters.map((c) => c.clause.text).join("\n");
  const own: string[] = [];
  const broader: string[] = [];
  for (const m of r.matches) {
    if (m.concept.kind !== "product" && m.concept.id !== "aluminium-alloy") continue;
    const chain = r.vocabulary.lexicon.ancestors(m.concept.id);
    const ownTerm = m.concept.terms.find((t) => clusterText.includes(t));
    const name = ownTerm ?? chain.flatMap((c) => c.terms).find((t) => clusterText.includes(t)) ?? m.concept.label;
    const list = ownTerm ? own : broader;
    if (!own.includes(name) && !broader.includes(name)) list.push(name);
  }
  // A product the clusters name in its own words ("印刷" in 印刷用铝材) says more than one known only
  // through a broader class (板带 → 铝制装备轻量化材料): the class name is kept only when nothing specific is.
  const names = own.length ? own : broader;
  return names.filter((p) => !names.some((q) => q !== p && q.includes(p)));
}

/** Every index at which `word` occurs in `text`. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}
