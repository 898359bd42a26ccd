import type { Clause } from "../corpus/clause-schema.js";
import type { Concept, ConceptKind } from "../lexicon/concept-schema.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";
import type { RankedItem } from "./ranked-list.js";

/**
 * How much naming a concept of each kind says about which clause is meant. What the question asks
 * about (an instrument such as 贷款 or 用地, a topic, a process) outweighs the context it is asked in
 * (the product or the place of the project): "铝箔项目能贷款吗" is about finance, not about foil.
 */
const KIND_WEIGHT: Record<ConceptKind, number> = {
  instrument: 1.3,
  topic: 1.1,
  metric: 1.1,
  process: 1,
  technology: 1,
  material: 1,
  "project-type": 1,
  document: 1,
  product: 0.7,
  place: 0.7,
  park: 0.8,
  department: 0.5,
  uncovered: 0,
};

/**
 * Ranks clauses by how many of the question's specific concepts they state (in the document's own
 * words or those of what the concept is a kind of): the clause that addresses all of what was asked
 * beats the one that shares most of its words with one part of it.
 */
export function createConceptCoverage(clauses: readonly Clause[], lexicon: Lexicon) {
  const hay = clauses.map((c) => foldText(`${c.title}|${c.text}`));
  // A clause stating a narrower concept addresses the broader one asked about (税收优惠 → 增值税即征即退).
  // Which clauses state a concept depends on the corpus only: found once per concept, not per question.
  const statedIn = new Map<string, ReadonlySet<number>>();
  const stating = (id: string): ReadonlySet<number> => {
    let set = statedIn.get(id);
    if (!set) {
      const forms = lexicon.forms(id, "family").filter((x) => x.length >= 2);
      set = new Set(hay.flatMap((h, index) => (forms.some((f) => h.includes(f)) ? [index] : [])));
      statedIn.set(id, set);
    }
    return set;
  };
  // A concept stated in one clause says more about which clause is meant than one stated in ten:
  // "废铝回收企业能享受什么税收优惠" is about the one clause on tax relief, not the recycling clauses.
  const rarity = (id: string): number => Math.log(1 + hay.length / Math.max(1, stating(id).size));
  // `of` narrows the ranking to some of the question's concepts (the one it asks about).
  return (a: QueryAnalysis, of: readonly Concept[] = a.specific): RankedItem[] => {
    if (of.length === 0) return [];
    const out: RankedItem[] = [];
    hay.forEach((_, index) => {
      let score = 0;
      for (const c of of) if (stating(c.id).has(index)) score += KIND_WEIGHT[c.kind] * rarity(c.id);
      if (score > 0) out.push({ index, score });
    });
    return out.sort((x, y) => y.score - x.score);
  };
}
