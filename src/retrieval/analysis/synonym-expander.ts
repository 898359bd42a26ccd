import { foldText } from "../../text/fold-text.js";
import { memoizeRecent } from "../../text/recent-memo.js";
import { createLatinHeadIndex } from "../../text/latin-head-index.js";
import { createSubstringIndex } from "../../text/substring-index.js";

export interface SynonymTable {
  groups: readonly (readonly string[])[];
}

export interface SynonymMatch {
  term: string;
  group: readonly string[];
  start: number;
  end: number;
}

export interface SynonymExpander {
  /** Non-overlapping group terms found in folded text, longest first, in text order. */
  findMatches(folded: string): SynonymMatch[];
  /** Terms of every group the folded text mentions, minus the terms it already contains. */
  expand(folded: string): string[];
  /** The group of a single term, if it belongs to one. */
  groupOf(term: string): readonly string[] | undefined;
}

/**
 * Matching is by substring on folded text, longest terms first, and a matched span is consumed so
 * "省发展改革委" does not also fire the shorter "发改". Latin terms must match whole words.
 */
export function createSynonymExpander(table: SynonymTable): SynonymExpander {
  const groups = table.groups.map((g) => g.map((t) => foldText(t)));
  const entries = groups
    // Only Latin terms are matched by pattern, compiled on the first text with Latin letters or digits:
    // compiling one per term up front was most of the set-up time, and most questions need none.
    .flatMap((g) => g.map((term) => ({ term, group: g, latin: LATIN_TERM.test(term), head: term.split(" ")[0]!, re: null as RegExp | null })))
    .sort((a, b) => b.term.length - a.term.length);
  const byTerm = new Map<string, readonly string[]>();
  for (const e of entries) if (!byTerm.has(e.term)) byTerm.set(e.term, e.group);
  // Non-Latin terms in one substring index (the text is scanned once); Latin terms keep their word pattern.
  const rank = new Map(entries.map((e, i) => [e, i]));
  const nonLatin = createSubstringIndex(entries.filter((e) => !e.latin), (e) => e.term);
  const latinHeads = createLatinHeadIndex(entries.filter((e) => e.latin), (e) => e.head);
  // One question is matched several times (query bag, embedding, scope judge, quote ranking): the
  // last few results are kept; clause texts at index time pass through once and fall out again.
  const findMatches = memoizeRecent((folded: string): SynonymMatch[] => scan(folded), 64);
  const scan = (folded: string): SynonymMatch[] => {
    const found: { e: (typeof entries)[number]; start: number; end: number }[] = [];
    for (const { item: e, start, end } of nonLatin.occurrences(folded)) found.push({ e, start, end });
    if (/[a-z0-9]/.test(folded)) {
      // A match starts with the term's first word: only terms whose first word begins a run of the text.
      for (const e of latinHeads.candidates(folded)) {
        const re = (e.re ??= termPattern(e.term));
        re.lastIndex = 0;
        for (let m = re.exec(folded); m; m = re.exec(folded)) found.push({ e, start: m.index, end: m.index + m[0].length });
      }
    }
    // Longest term first, as matching term by term in that order would take them.
    found.sort((a, b) => rank.get(a.e)! - rank.get(b.e)! || a.start - b.start);
    const taken = new Array<boolean>(folded.length).fill(false);
    const out: SynonymMatch[] = [];
    for (const { e, start, end } of found) {
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      out.push({ term: e.term, group: e.group, start, end });
    }
    return out.sort((a, b) => a.start - b.start);
  };
  return {
    findMatches,
    expand(folded) {
      const out = new Set<string>();
      for (const m of findMatches(folded)) for (const t of m.group) if (!folded.includes(t)) out.add(t);
      return [...out];
    },
    groupOf: (term) => byTerm.get(foldText(term)),
  };
}

const LATIN_TERM = /^[a-z0-9 ]+$/;

/** Whole-word pattern of a Latin term (LATIN_TERM: letters, digits and spaces need no escaping). */
function termPattern(term: string): RegExp {
  return new RegExp(`(?<![a-z])${term.replace(/ /g, "\\s+")}(?![a-z])`, "g");
}
