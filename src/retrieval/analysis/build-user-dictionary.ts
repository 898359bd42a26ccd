import type { Clause } from "../../corpus/clause-schema.js";
import { segmenterWords } from "../../lexicon/derived-tables.js";
import { foldText } from "../../text/fold-text.js";

/**
 * Words the segmenter must keep whole. Everything document-specific comes from the corpus itself:
 * clause titles, department names (and their names without the 省 prefix), and the place-like
 * names in front of 经开区/开发区/产业园/富集区. The hand-kept list and the synonym terms cover
 * domain words that appear inside longer phrases or only in users' questions.
 */
export function buildUserDictionary(clauses: readonly Clause[]): string[] {
  const words = new Set<string>();
  const add = (w: string): void => {
    const f = foldText(w).trim();
    if (f.length >= 2 && f.length <= 16 && !/\s/.test(f)) words.add(f);
  };
  for (const c of clauses) {
    add(c.title);
    for (const d of c.departments) {
      add(d.name);
      if (d.name.startsWith("省")) add(d.name.slice(1));
    }
  }
  for (const name of findPlaceNames(clauses.map((c) => c.text).join("\n"))) add(name);
  for (const w of segmenterWords()) add(w);
  return [...words].sort();
}

/** jieba's user-dictionary format: one `word freq` per line (a line without a frequency is ignored). */
export function formatJiebaDictionary(words: readonly string[]): string {
  return words.map((w) => `${w} 50000 n`).join("\n");
}

const PLACE = /([\u4e00-\u9fff]{2,4})(?:（([\u4e00-\u9fff]{2,4})）)?(经开区|开发区|产业园|富集区)/g;

/**
 * Names in front of 经开区 etc. The regex cannot tell where a name starts ("支持清镇经开区"), so
 * each candidate is cut to the longest tail that occurs as often as its two-character tail: a
 * verb glued in front ("持清镇") occurs less often than the name itself.
 */
function findPlaceNames(text: string): string[] {
  const heads = [...text.matchAll(PLACE)];
  const count = (s: string): number => heads.filter((m) => m[1]!.endsWith(s)).length;
  const names = new Set<string>();
  for (const m of heads) {
    const head = m[1]!;
    const base = count(head.slice(-2));
    let best = head.slice(-2);
    for (let len = 3; len <= head.length; len++) if (count(head.slice(-len)) === base) best = head.slice(-len);
    names.add(best);
    names.add(`${best}${m[3]}`);
    if (m[2]) names.add(m[2]);
  }
  return [...names];
}
