import { loadQuestionCues } from "./question-cues.js";

const LEAD_VERBS = "(?:支持|依托|以|围绕|在|推动|鼓励|重点|加快|有序)?";

/**
 * Place names (parks, zones) a sentence lists, in order, verbatim: "支持清镇经开区、兴仁经开区…等开发区"
 * → [清镇经开区, 兴仁经开区, …]. Suffixes come from src/lexicon/data/question-cues.ts, never from the corpus.
 */
export function extractPlaces(sentence: string): string[] {
  const suffixes = loadQuestionCues().placeSuffixes.join("|");
  const re = new RegExp(`(?:^|[、，,及与；：])${LEAD_VERBS}([^、，,。；：及与]{2,16}?(?:${suffixes}))`, "g");
  const found: string[] = [];
  for (const m of sentence.matchAll(re)) {
    const name = m[1]!.replace(/^(?:等|各)/, "");
    // "等开发区" / "重点园区" are generic tails, not names.
    if (/^(?:等|重点|各|相关)/.test(m[1]!) || name.length < 4) continue;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}
