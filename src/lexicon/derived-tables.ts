import { createSynonymExpander, type SynonymExpander, type SynonymTable } from "../retrieval/analysis/synonym-expander.js";
import { defaultLexicon } from "./default-lexicon.js";
import type { Lexicon } from "./lexicon.js";

/**
 * The lexicon seen as the older shapes some consumers take: synonym groups (every form of one covered
 * concept is one group), department aliases (every other form of a department → its document name)
 * and segmenter words. Derived, never stored: the lexicon is the one source.
 */
export function synonymTable(lexicon: Lexicon = defaultLexicon()): SynonymTable {
  return {
    groups: lexicon.concepts
      .filter((c) => c.kind !== "uncovered")
      .map((c) => [...new Set([...c.terms, ...c.variants, ...c.english, ...c.mistypes])])
      .filter((g) => g.length > 1),
  };
}

let synonyms: SynonymExpander | undefined;

/** The synonym expander over the shipped lexicon, built once per process: retrieval and the composers share it. */
export function defaultSynonymExpander(): SynonymExpander {
  synonyms ??= createSynonymExpander(synonymTable());
  return synonyms;
}

export function departmentAliases(lexicon: Lexicon = defaultLexicon()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of lexicon.ofKind("department")) {
    const [name, ...rest] = c.terms;
    if (!name) continue;
    for (const alias of [...rest, ...c.variants, ...c.mistypes]) out[alias] = name;
  }
  return out;
}

/** Chinese forms of every covered concept, for the segmenter's user dictionary. */
export function segmenterWords(lexicon: Lexicon = defaultLexicon()): string[] {
  return lexicon.concepts.filter((c) => c.kind !== "uncovered").flatMap((c) => [...c.terms, ...c.variants]).filter((w) => /[\u4e00-\u9fff]/.test(w));
}
