import type { Clause } from "../corpus/clause-schema.js";
import { foldForMatch } from "../corpus/normalize-text.js";

/**
 * Finds `anchor` in the clause text and returns the whole sentence around it, verbatim from the
 * clause, so every quote shown is verified to occur in the parsed corpus. null when it does not occur.
 */
export function locateQuote(clause: Clause, anchor: string): string | null {
  const sentences = clause.text.split(/(?<=[。；])/).filter((s) => s.trim());
  const key = foldForMatch(anchor);
  const hit = sentences.find((s) => s.includes(anchor)) ?? sentences.find((s) => foldForMatch(s).includes(key));
  return hit ? hit.trim().replace(/[；]$/, "。") : null;
}

/** The sentence of a clause naming a given term (used for zone lists); the first sentence if none does. */
export function sentenceNaming(clause: Clause, term: string): string {
  return locateQuote(clause, term) ?? clause.text.split("。")[0]!.concat("。");
}

/**
 * The verbatim run of whole sentences from the one holding `a` to the one holding `b` (in text
 * order), so a verdict resting on two adjacent sentences quotes both. null when either is missing.
 */
export function locateSpan(clause: Clause, a: string, b: string): string | null {
  const sentences = clause.text.split(/(?<=[。；])/);
  const find = (anchor: string) => {
    const key = foldForMatch(anchor);
    const i = sentences.findIndex((s) => s.includes(anchor));
    return i !== -1 ? i : sentences.findIndex((s) => foldForMatch(s).includes(key));
  };
  const i = find(a), j = find(b);
  if (i === -1 || j === -1) return null;
  return sentences.slice(Math.min(i, j), Math.max(i, j) + 1).join("").trim().replace(/[；]$/, "。");
}
