import { Jieba } from "@node-rs/jieba";
import { memoizeRecent } from "../../text/recent-memo.js";
import { foldText } from "../../text/fold-text.js";
import { extractNumberTokens } from "./number-tokens.js";
import { formatJiebaDictionary } from "./build-user-dictionary.js";
import type { SynonymExpander } from "./synonym-expander.js";

/** Prefixes keep the three token kinds apart: a bigram never collides with a two-character word. */
export const BIGRAM_PREFIX = "²";
export const NUMBER_PREFIX = "#";
const RESERVED_PREFIXES = new RegExp(`^[${BIGRAM_PREFIX}${NUMBER_PREFIX}]+`, "u");

export interface Analyzer {
  /** Index tokens of raw text: segmented words, Han character bigrams and number+unit tokens. */
  tokens(raw: string): string[];
  /**
   * The same tokens for a term of the lexicon or the synonym table (a finite vocabulary), kept for the
   * analyzer's lifetime and shared: callers must not change the list.
   */
  termTokens(term: string): readonly string[];
  /** Segmented words (search mode: long words plus the words inside them) of folded text. */
  words(folded: string): string[];
  /** Dictionary-only segmentation (no HMM guesses) with part-of-speech tags, for judging content. */
  tag(folded: string): { word: string; tag: string }[];
  synonyms: SynonymExpander;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Policy text writes alternatives in brackets: 新（改、扩）建 means 新建、改建、扩建. Both clauses and
 * questions are indexed with the words spelled out, so "新建电解铝" matches a clause that says 新（改、扩）建.
 */
const ALTERNATIVES = /([\u3400-\u9fff])[（(]([\u3400-\u9fff](?:[、,，][\u3400-\u9fff])*)[）)]([\u3400-\u9fff])/g;
export function expandAlternatives(text: string): string {
  return text.replace(ALTERNATIVES, (whole, head: string, alts: string, tail: string) =>
    `${whole}（${[head, ...alts.split(/[、,，]/)].map((a) => `${a}${tail}`).join("、")}）`,
  );
}
const HAN_RUN = /[\u3400-\u9fff]+/g;
/** How many recent texts' tokens are kept: a question and the expansion terms of a few questions. */
const RECENT_TOKENS = 512;
/**
 * Terms are kept apart from questions: one question expands to some forty concept and synonym terms,
 * and a few questions' worth of one-off texts used to push them out of the recent results, so every
 * answer re-segmented the same vocabulary. The vocabulary is finite (a few thousand terms); the bound
 * only guards against a caller passing arbitrary text here.
 */
const KEPT_TERMS = 1 << 15;

/**
 * The Chinese analyzer: jieba with its HMM for unknown words plus a user dictionary (corpus-derived
 * and hand-kept words), so 经开区 and 再生铝 stay whole. Bigrams make matching robust when the
 * segmenter cuts a question differently from the clause.
 */
export function createAnalyzer(options: {
  /** jieba's base dictionary (`word freq tag` lines); see loadSegmenterDictionary. */
  dictionary: Buffer;
  userWords: readonly string[];
  synonyms: SynonymExpander;
}): Analyzer {
  const jieba = Jieba.withDict(options.dictionary);
  if (options.userWords.length) jieba.loadDict(Buffer.from(formatJiebaDictionary(options.userWords)));
  // Search mode also emits the dictionary words inside a longer one (有序布局再生铝项目 → 再生铝),
  // so a clause title kept whole in the dictionary still matches a question about its parts.
  // A word may not start with a token-kind prefix: typed "#20%" must not pose as the number token.
  const words = (folded: string): string[] =>
    jieba
      .cutForSearch(folded, true)
      .map((w) => w.trim().replace(RESERVED_PREFIXES, ""))
      .filter((w) => WORDLIKE.test(w));
  const analyse = (raw: string): string[] => {
    const folded = foldText(expandAlternatives(raw));
    const out = words(folded);
    for (const run of folded.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) out.push(`${BIGRAM_PREFIX}${run.slice(i, i + 2)}`);
    }
    for (const n of extractNumberTokens(folded)) if (n.unit) out.push(`${NUMBER_PREFIX}${n.token}`);
    return out;
  };
  // One question is tokenised several times per answer (query bag, embedding, and each expansion term
  // again for the next question that names the same concept): the recent results are kept. Callers
  // get a copy because some extend the list they are given.
  const recent = memoizeRecent<string, readonly string[]>(analyse, RECENT_TOKENS);
  const terms = memoizeRecent<string, readonly string[]>(analyse, KEPT_TERMS);
  return {
    synonyms: options.synonyms,
    words,
    tag: (folded) => jieba.tag(folded, false).filter((t) => WORDLIKE.test(t.word)).map((t) => ({ word: t.word.trim(), tag: t.tag })),
    tokens(raw) {
      return recent(raw).slice();
    },
    termTokens: terms,
  };
}
