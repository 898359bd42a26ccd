import type { ConceptMatch } from "../lexicon/lexicon.js";

/**
 * The text with the lexicon's known mistypes of `conceptIds` spelt right (采矿正 → 采矿证): the
 * admission word lists that are read as plain strings (the mining-right words of admission-terms.ts)
 * then see what the writer meant. Each mistype becomes the concept's form of the same length that
 * differs from it in the fewest characters; one with no such form is left as written.
 */
export function correctMistypes(text: string, matches: readonly ConceptMatch[], conceptIds: ReadonlySet<string>): string {
  let out = text;
  for (const m of matches) {
    if (m.via !== "mistype" || !conceptIds.has(m.concept.id)) continue;
    const written = text.slice(m.start, m.end);
    const forms = [...m.concept.terms, ...m.concept.variants].filter((f) => f.length === written.length);
    let best: string | null = null;
    let bestDiff = Infinity;
    for (const f of forms) {
      const diff = [...f].filter((ch, i) => ch !== written[i]).length;
      if (diff < bestDiff) [best, bestDiff] = [f, diff];
    }
    // Same length: offsets of every other match stay valid.
    if (best && bestDiff <= 1) out = out.slice(0, m.start) + best + out.slice(m.end);
  }
  return out;
}
