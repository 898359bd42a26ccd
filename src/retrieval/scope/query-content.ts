import { queryStopwords as stopwords } from "../../lexicon/data/query-stopwords.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import { extractNumberTokens } from "../analysis/number-tokens.js";

const STOP = new Set(stopwords.words);

export interface ContentWord {
  word: string;
  /** The synonym group the word was matched as, if any. */
  group: readonly string[] | undefined;
  /** jieba part of speech ("syn" for synonym phrases, "num" for figures). */
  tag: string;
}

/**
 * What the question is about, with its question form stripped: synonym phrases found first (so
 * multi-word English terms survive), the rest segmented with dictionary words only (the HMM glues
 * fillers into pseudo-words like 能建), question words and fillers dropped; figures with units kept.
 */
export function extractQueryContent(analyzer: Analyzer, folded: string): ContentWord[] {
  const words: ContentWord[] = [];
  let rest = "";
  let last = 0;
  for (const m of analyzer.synonyms.findMatches(folded)) {
    rest += `${folded.slice(last, m.start)} `;
    last = m.end;
    if (!STOP.has(m.term)) words.push({ word: m.term, group: m.group, tag: "syn" });
  }
  rest += folded.slice(last);
  for (const { word, tag } of analyzer.tag(rest)) {
    if (STOP.has(word) || /^[\d.]+$/.test(word) || /^[a-z]$/.test(word) || tag === "m") continue;
    words.push({ word, group: undefined, tag });
  }
  for (const n of extractNumberTokens(folded)) if (n.unit) words.push({ word: n.token, group: undefined, tag: "num" });
  return words;
}
