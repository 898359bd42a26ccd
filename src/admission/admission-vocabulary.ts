import type { Concept } from "../lexicon/concept-schema.js";
import { defaultLexicon } from "../lexicon/default-lexicon.js";
import { ownForms, type ConceptMatch, type Lexicon } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";
import { ADMISSION_TERMS, type FactCueKey, type FactCues } from "./admission-terms.js";
import type { ProjectType } from "./profile-schema.js";

export type { FactCueKey } from "./admission-terms.js";

/**
 * The admission extractor's vocabulary is the domain lexicon (src/lexicon): project types, products,
 * materials, processes and the topics a fact is about are lexicon concepts. What stays here is only
 * what the lexicon does not hold: which concept makes which project type, which concepts a fact is
 * about (by id), and a few generic words that mean a fact only inside a project description (指标
 * there is the capacity quota; admission-terms.ts). Every id is checked against the lexicon when the
 * vocabulary is built.
 */

/** The lexicon concepts that are project types, and the concepts below them (broader) that inherit the type. */
const TYPE_ROOTS: readonly [string, ProjectType][] = [
  // Checked first: the non-metal cluster is a project type of its own for admission, not 精深加工.
  ["cluster-nonmetal", "铝基非金属材料"],
  ["bauxite-mining", "铝土矿开采"],
  ["alumina-refining", "氧化铝"],
  ["electrolytic-aluminium", "电解铝"],
  ["recycled-aluminium", "再生铝"],
  ["deep-processing", "铝精深加工"],
];

/**
 * Concepts that are not kinds of a project type in the lexicon, but name the project when it is about
 * them: a plant of 电解槽 is a smelter, a business in 废铝 recycles, one in 以探代采 mines.
 */
const SUBJECT_TYPES: Readonly<Record<string, ProjectType>> = {
  "electrolytic-cell": "电解铝",
  "large-prebaked-cell": "电解铝",
  "illegal-mining": "铝土矿开采",
  "mining-licence": "铝土矿开采",
  "smart-mine": "铝土矿开采",
  "scrap-aluminium": "再生铝",
  "scrap-collection": "再生铝",
  "pretreatment-base": "再生铝",
  "aluminium-alloy": "铝精深加工",
  "aluminium-billet": "铝精深加工",
  "extrusion": "铝精深加工",
  "rolling": "铝精深加工",
  // A business that turns red mud into something (赤泥制砖、赤泥建材、赤泥陶粒) makes a material out of an
  // alumina by-product: the document's 铝基材料 chain (二（三）), not a treatment step of a refinery.
  "red-mud-utilization": "铝基非金属材料",
  // Gallium and the rare metals recovered from red mud or bauxite (赤泥提镓、金属镓) are by-products of the
  // same chain, named with 含镓高性能结构材料 in 二（三）.
  "gallium": "铝基非金属材料",
  "associated-utilization": "铝基非金属材料",
  // A carbon-anode plant (预焙阳极、炭素) supplies smelters but is none of the document's project types: it is
  // 其他 – an aluminium-chain project the document has no specific clause for, not an unknown one to ask about.
  "carbon-anode": "其他",
  // Likewise a plant treating smelter dross or spent pot lining (铝灰、铝渣、大修渣) – unless it makes a
  // product the document names (用铝灰做耐火材料 is 铝基非金属材料).
  "aluminium-dross": "其他",
};

/**
 * Inputs that say what the project is when nothing else does: a business that takes in scrap
 * (回收废铝熔炼) recycles aluminium; one that takes in red mud (以赤泥为原料生产…) makes a red-mud
 * material of the 铝基材料 chain (二（三）).
 */
const INPUT_TYPES: Readonly<Record<string, ProjectType>> = {
  "scrap-aluminium": "再生铝",
  "red-mud": "铝基非金属材料",
};

export interface AdmissionVocabulary {
  lexicon: Lexicon;
  /**
   * Concept mentions in a folded text (foldText), pinyin guesses shorter than 3 characters left out, plus
   * the products named inside a longer word of another kind (陶粒 in the topic 赤泥陶粒): the longer word
   * says what the product is made of or about, the product says what the project makes.
   */
  match(folded: string): ConceptMatch[];
  /** The project type a concept names, or null. */
  typeOf(concept: Concept): ProjectType | null;
  /** The project type a concept gives the project when it is the project's input (INPUT_TYPES), or null. */
  inputTypeOf(concept: Concept): ProjectType | null;
  /** Whether a mention in [start, end) of `folded` speaks of the fact. */
  mentions(key: FactCueKey | "assessmentCollective" | "procedureCollective", segment: { text: string; start: number; end: number }, matches: readonly ConceptMatch[]): boolean;
  /** Every surface form of the project-type concepts (for recognising a project description). */
  projectTypeSurfaces(): string[];
}

let cached: AdmissionVocabulary | null = null;

/** The vocabulary over the shipped lexicon, built and checked once per process. */
export function admissionVocabulary(): AdmissionVocabulary {
  return (cached ??= buildAdmissionVocabulary(defaultLexicon()));
}

/** A product's written forms (two characters or more), longest first, for finding it inside other words. */
interface ProductForm {
  form: string;
  concept: Concept;
}

/**
 * Adds, for each mention that is not a product itself, the products whose forms occur strictly inside
 * it (the longest at each place). A product's own name is not searched: 铝箔 in 电池铝箔 is the same
 * product said less precisely.
 */
function withNestedProducts(
  folded: string,
  found: ConceptMatch[],
  forms: readonly ProductForm[],
): ConceptMatch[] {
  const nested: ConceptMatch[] = [];
  for (const m of found) {
    if (m.concept.kind === "product") continue;
    const span = folded.slice(m.start, m.end);
    for (const { form, concept } of forms) {
      if (form.length >= span.length) continue;
      const at = span.indexOf(form);
      if (at < 0) continue;
      const start = m.start + at, end = start + form.length;
      if (nested.some((n) => n.start <= start && n.end >= end)) continue;
      nested.push({ concept, surface: form, via: "term", start, end });
    }
  }
  return nested.length ? [...found, ...nested].sort((a, b) => a.start - b.start || b.end - a.end) : found;
}

export function buildAdmissionVocabulary(lexicon: Lexicon): AdmissionVocabulary {
  let forms: ProductForm[] | null = null;
  const productForms = () => (forms ??= lexicon.concepts
    .filter((c) => c.kind === "product")
    .flatMap((concept) => ownForms(concept).filter((form) => form.length >= 2 && !/^[a-z0-9 ]+$/.test(form)).map((form) => ({ form, concept })))
    .sort((a, b) => b.form.length - a.form.length));
  const data = ADMISSION_TERMS;
  const cues: Record<string, FactCues> = { ...data.facts, assessmentCollective: data.assessmentCollective, procedureCollective: data.procedureCollective };
  const ids = [
    ...TYPE_ROOTS.map(([id]) => id), ...Object.keys(SUBJECT_TYPES), ...Object.keys(INPUT_TYPES), ...Object.values(cues).flatMap((c) => c.concepts),
    ...data.energyFacility.concepts,
  ];
  const missing = ids.filter((id) => !lexicon.byId(id));
  if (missing.length) throw new Error(`准入词表引用了词库中不存在的概念：${missing.join("、")}`);
  const factIds = new Map(Object.entries(cues).map(([k, c]) => [k, new Set(c.concepts)]));
  const factPatterns = new Map(Object.entries(cues).map(([k, c]) => [k, c.patterns.map((src) => new RegExp(src))]));

  const typeCache = new Map<string, ProjectType | null>();
  const typeOf = (c: Concept): ProjectType | null => {
    if (typeCache.has(c.id)) return typeCache.get(c.id)!;
    const chain = new Set(lexicon.ancestors(c.id).map((a) => a.id));
    const t = SUBJECT_TYPES[c.id] ?? TYPE_ROOTS.find(([id]) => chain.has(id))?.[1] ?? null;
    typeCache.set(c.id, t);
    return t;
  };
  return {
    lexicon,
    match: (folded) => withNestedProducts(folded, lexicon.match(folded, { oneOffMistypes: true }).filter((m) => m.via !== "pinyin" || m.end - m.start >= 3), productForms()),
    typeOf,
    inputTypeOf: (c) => INPUT_TYPES[c.id] ?? null,
    mentions(key, segment, matches) {
      const c = cues[key];
      if (!c) return false;
      const wanted = factIds.get(key)!;
      return matches.some((m) => m.start >= segment.start && m.end <= segment.end && wanted.has(m.concept.id)) ||
        c.words.some((w) => segment.text.includes(w)) ||
        factPatterns.get(key)!.some((re) => re.test(segment.text));
    },
    projectTypeSurfaces() {
      return lexicon.concepts
        .filter((c) => c.kind === "project-type" && typeOf(c) !== null)
        .flatMap((c) => [...c.terms, ...c.variants])
        .map(foldText);
    },
  };
}
