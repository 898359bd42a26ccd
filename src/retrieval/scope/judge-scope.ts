import type { Clause } from "../../corpus/clause-schema.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import { foldText } from "../../text/fold-text.js";
import { memoizeRecent } from "../../text/recent-memo.js";
import { askedUnitClass, statedUnitClasses } from "../analysis/figure-question.js";
import { extractNumberTokens } from "../analysis/number-tokens.js";
import { expandShortYears } from "../analysis/expand-short-years.js";
import { extractQueryContent, type ContentWord } from "./query-content.js";
import { isProcedureMismatch } from "./procedure-question.js";
import { straddlesCorpusWords } from "./straddles-corpus-words.js";
import { classifyWordRole } from "./word-role.js";
import { DEFAULT_TUNING } from "../../tuning/tuning.js";

export interface ScopeSignals {
  /** 0..1: how much of the question's content the top clause contains (directly or via synonyms). */
  coverage: number;
  /** Content words (≥ 2 characters) and figures that occur nowhere in the corpus. */
  unknown: string[];
  /** The question asks for a kind of figure (万元, 工作日…) the top clause never states. */
  figureMismatch: boolean;
  /** The question asks for a procedure (怎么申请, 交哪些材料) the top clause does not describe. */
  procedureMismatch?: boolean;
}

export interface ScopeJudgement {
  confidence: number;
  outOfScope: boolean;
  signals: ScopeSignals;
}

export interface ScopeJudge {
  judge(query: string, top: Clause | undefined, clauseRef: boolean): ScopeJudgement;
}

/**
 * Each naming word the corpus has never seen multiplies confidence by a factor: names of places,
 * organisations and figures (另一个省, 2025年) say the question is about something else more
 * surely than a common noun (期货, 补贴) or a time word (今年).
 */
function unknownFactor(tag: string): number {
  if (tag === "num" || tag === "ns" || tag === "nt" || tag === "nz" || tag.startsWith("nr")) return 0.4;
  if (tag === "t") return 0.8;
  return 0.55;
}

/**
 * The glossary of English terms is necessarily incomplete, so an unknown English word is weak
 * evidence, the weaker the more of the question's other content the corpus knows.
 */
function englishFactor(unknownEnglish: number, known: number): number {
  if (!unknownEnglish) return 1;
  const share = unknownEnglish / (unknownEnglish + known);
  return (1 - 0.2 * Math.min(1, 2 * share)) ** unknownEnglish;
}
// Below the threshold even at full coverage: a clause that states no figure of the asked kind cannot answer.
const MISMATCH_FACTOR = 0.3;
/** Corpus-membership answers kept (corpusHas): the synonym vocabulary plus recent questions' words. */
const KEPT_CORPUS_TESTS = 16384;
export const DEFAULT_SCOPE_THRESHOLD = DEFAULT_TUNING.scope.threshold;

export function clauseHaystack(c: Clause): string {
  return foldText(`${c.title}|${c.partTitle}|${c.text}|${c.departments.map((d) => d.name).join("、")}`);
}

/**
 * Out-of-scope judgement from general signals rather than a score threshold alone: a near-domain
 * question (another province, a market price, an application procedure, a figure the document
 * does not give) still retrieves an on-topic clause with a decent score, but it carries content
 * the corpus never mentions, or asks for a kind of figure the best clause does not state.
 */
export function createScopeJudge(
  clauses: readonly Clause[],
  analyzer: Analyzer,
  options: { threshold?: number; idf?: (token: string) => number } = {},
): ScopeJudge {
  const threshold = options.threshold ?? DEFAULT_SCOPE_THRESHOLD;
  const haystacks = new Map(clauses.map((c) => [c, clauseHaystack(c)]));
  // Quotes and brackets removed: the corpus writes “星光”行动, users write 星光行动.
  const corpusText = [...haystacks.values()].join("|").replace(/[“”"'‘’《》「」【】]/g, "");
  const corpusNumbers = new Set(extractNumberTokens(corpusText).map((n) => n.token));
  const maxIdf = Math.log(1 + (clauses.length + 0.5) / 1.5);
  // Words found in many clauses (贵州, 发展) say little about which topic is asked; unknown words
  // count fully, so "钢铁行业高质量发展" is judged by 钢铁行业, not by 高质量发展.
  const specificity = (word: string): number => {
    if (!inCorpus(word, undefined)) return 1;
    const idf = options.idf?.(word) ?? maxIdf;
    return Math.min(1, Math.max(0.3, (idf || maxIdf) / maxIdf));
  };
  // Whether the corpus contains a string, kept: every question asks it for its words and for every
  // term of their synonym groups (a finite vocabulary), each a scan of the whole corpus text.
  const corpusHas = memoizeRecent((t: string): boolean => corpusText.includes(t), KEPT_CORPUS_TESTS);
  const inCorpus = (word: string, group: readonly string[] | undefined): boolean =>
    corpusHas(word) || (group ?? analyzer.synonyms.groupOf(word) ?? []).some(corpusHas);
  const isKnown = (w: ContentWord): boolean => corpusNumbers.has(w.word) || inCorpus(w.word, w.group);
  // A one-character noun absent from the whole corpus (锰, 磷) names another material or industry;
  // other one-character words are too ambiguous to count as unknown content.
  const countsAsUnknown = (w: ContentWord): boolean => [...w.word].length >= 2 || (w.tag === "n" && !corpusText.includes(w.word));

  return {
    judge(query, top, clauseRef) {
      const folded = expandShortYears(foldText(query));
      const judged = extractQueryContent(analyzer, folded).map((w) => ({ ...w, known: isKnown(w), role: classifyWordRole(w.tag) }));
      // Unknown phrasing words neither penalise nor dilute coverage: they are the user's wording.
      const content = judged.filter((w) => w.known || w.role !== "phrasing");
      const unknownWords = dedupe(content.filter((w) => !w.known && countsAsUnknown(w) && !straddlesCorpusWords(w.word, folded, corpusText)));
      const unknown = unknownWords.map((w) => w.word);
      const english = unknownWords.filter((w) => w.role === "weakName" && w.tag === "eng").length;
      const knownCount = content.filter((w) => w.known).length;
      const penalty =
        unknownWords.filter((w) => w.tag !== "eng").reduce((p, w) => p * unknownFactor(w.tag), 1) *
        englishFactor(english, knownCount);
      const hay = top ? haystacks.get(top) ?? clauseHaystack(top) : "";
      const coverage = measureCoverage(content, hay, analyzer, specificity);
      const asked = askedUnitClass(folded);
      const figureMismatch = asked !== null && !!top && !statedUnitClasses(hay).has(asked);
      const procedureMismatch = !!top && isProcedureMismatch(folded, hay);
      const signals = { coverage, unknown, figureMismatch, procedureMismatch };
      if (!top) return { confidence: 0, outOfScope: true, signals };
      if (clauseRef) return { confidence: 1, outOfScope: false, signals };
      const confidence = coverage * penalty * (figureMismatch || procedureMismatch ? MISMATCH_FACTOR : 1);
      return { confidence: round(confidence), outOfScope: confidence < threshold, signals };
    },
  };
}

/** Length-weighted share of content words found in the clause, partial credit by bigrams. */
function measureCoverage(
  words: readonly ContentWord[],
  hay: string,
  analyzer: Analyzer,
  specificity: (word: string) => number,
): number {
  if (!words.length) return 0;
  let got = 0;
  let total = 0;
  for (const { word, group } of words) {
    const alts = [word, ...(group ?? analyzer.synonyms.groupOf(word) ?? [])];
    const weight = Math.min(4, [...word].length) * specificity(word);
    total += weight;
    got += weight * Math.max(...alts.map((a) => partialMatch(a, hay)));
  }
  return total ? got / total : 0;
}

function partialMatch(term: string, hay: string): number {
  if (hay.includes(term)) return 1;
  const chars = [...term];
  if (chars.length < 2) return 0;
  let hit = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (hay.includes(chars[i]! + chars[i + 1]!)) hit++;
  return (hit / (chars.length - 1)) * 0.8;
}

/** One penalty per unknown word: a figure like 300ka is seen both by the segmenter and as a number. */
function dedupe<T extends { word: string }>(words: readonly T[]): T[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.word) && !!seen.add(w.word));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
