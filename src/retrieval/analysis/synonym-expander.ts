import { foldText } from "../../text/fold-text.js";

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
    .flatMap((g) => g.map((term) => ({ term, group: g, re: termPattern(term) })))
    .sort((a, b) => b.term.length - a.term.length);
  const byTerm = new Map<string, readonly string[]>();
  for (const e of entries) if (!byTerm.has(e.term)) byTerm.set(e.term, e.group);
  const findMatches = (folded: string): SynonymMatch[] => {
    const taken = new Array<boolean>(folded.length).fill(false);
    const out: SynonymMatch[] = [];
    for (const { term, group, re } of entries) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.slice(start, end).some(Boolean)) continue;
        taken.fill(true, start, end);
        out.push({ term, group, start, end });
      }
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

function termPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  if (!/^[a-z0-9 ]+$/.test(term)) return new RegExp(escaped, "g");
  return new RegExp(`(?<![a-z])${escaped.replace(/ /g, "\\s+")}(?![a-z])`, "g");
}
