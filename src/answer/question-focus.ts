import type { Clause } from "../corpus/clause-schema.js";
import { foldForMatch } from "../corpus/normalize-text.js";
import type { SynonymExpander } from "../retrieval/analysis/synonym-expander.js";
import { splitSentences } from "./split-sentences.js";

/** One term of what a question is about, weighted by how specific it is in the corpus. */
export interface FocusTerm {
  term: string;
  weight: number;
  /** False for a synonym of something the user typed (所得税优惠 for 税收优惠): it counts less. */
  typed: boolean;
  /** False for a term no sentence of the corpus contains. */
  inCorpus: boolean;
}

/** How much a synonym's match counts against a term the user typed. */
const EXPANSION_SHARE = 0.6;

/**
 * Sentence-level inverse document frequency over the whole corpus: 企业 occurs in many sentences
 * and says little about which sentence answers a question; 优惠 or 所得税 occur in one or two.
 */
export interface TermSpecificity {
  weigh(term: string): number;
  occurs(term: string): boolean;
}

export function createTermSpecificity(clauses: readonly Clause[]): TermSpecificity {
  const sentences = clauses.flatMap((c) => splitSentences(c.text).map((s) => foldForMatch(s)));
  const n = sentences.length;
  const cache = new Map<string, number>();
  const df = (term: string): number => {
    let d = cache.get(term);
    if (d === undefined) {
      d = sentences.filter((s) => s.includes(term)).length;
      cache.set(term, d);
    }
    return d;
  };
  return { weigh: (term) => Math.log(1 + n / (df(term) + 1)), occurs: (term) => df(term) > 0 };
}

/**
 * The question's topic terms with their specificity, plus the terms of the synonym groups the
 * question mentions (税收优惠 → 所得税优惠, 增值税), so a sentence that states the measure in the
 * document's own words is recognised as answering the question.
 */
export function buildQuestionFocus(
  question: string,
  terms: readonly string[],
  specificity: TermSpecificity,
  synonyms?: Pick<SynonymExpander, "expand">,
): FocusTerm[] {
  const focus = terms.map((term) => ({ term, weight: specificity.weigh(term), typed: true, inCorpus: specificity.occurs(term) }));
  const seen = new Set(terms);
  for (const raw of synonyms?.expand(foldForMatch(question)) ?? []) {
    const term = foldForMatch(raw);
    if (seen.has(term) || !/[\u3400-\u9fff]/.test(term)) continue;
    seen.add(term);
    focus.push({ term, weight: specificity.weigh(term), typed: false, inCorpus: specificity.occurs(term) });
  }
  return focus;
}

/**
 * 0..1: the specificity-weighted share of the question's focus that `text` contains. Typed terms
 * the corpus never contains (bigrams across words: 有啥, 啥税) cannot tell sentences apart and are
 * left out of the whole; what they meant is carried by the synonym terms.
 */
export function measureRelevance(focus: readonly FocusTerm[], text: string): number {
  const total = focus.filter((f) => f.typed && f.inCorpus).reduce((s, f) => s + f.weight, 0);
  if (total <= 0) return 0;
  const f = foldForMatch(text);
  let got = 0;
  for (const t of focus) if (f.includes(t.term)) got += t.typed ? t.weight : t.weight * EXPANSION_SHARE;
  return Math.min(1, got / total);
}
