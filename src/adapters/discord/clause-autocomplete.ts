import type { Clause } from "../../corpus/clause-schema.js";
import { resolveClauseRef } from "../../corpus/resolve-clause-ref.js";
import { foldAsciiWidth } from "../../safety/fold-ascii-width.js";
import { truncateText } from "../split-text.js";

/** Discord's limits for autocomplete: 25 choices, names and values of 1–100 characters. */
export const AUTOCOMPLETE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

export interface ClauseChoice {
  name: string;
  value: string;
}

/**
 * /clause suggestions from the parsed clause list, filtered by what is typed: a reference that
 * resolves (3.4, 三（四）, 第三部分第四条) comes first, then clauses whose id, label or title contain
 * the text. Pure and synchronous: Discord wants the answer within 3 s.
 */
export function suggestClauses(clauses: readonly Clause[], typed: string): ClauseChoice[] {
  const q = normalize(typed);
  const seen = new Set<Clause>();
  const picked: Clause[] = [];
  const add = (c: Clause) => {
    if (seen.has(c)) return;
    seen.add(c);
    picked.push(c);
  };
  if (q) {
    const resolved = resolveClauseRef(typed, clauses);
    if (resolved.ok) add(resolved.clause);
    for (const c of clauses) if (c.clauseId.startsWith(q) || normalize(c.label).startsWith(q)) add(c);
    for (const c of clauses) if (normalize(`${c.label}${c.title}`).includes(q)) add(c);
  } else clauses.forEach(add);
  return picked.slice(0, AUTOCOMPLETE_MAX).map((c) => ({
    name: truncateText(`${c.label} ${c.title}`, CHOICE_TEXT_MAX),
    value: c.clauseId,
  }));
}

/** Half-width and case-folded, with both parenthesis widths treated alike (users type 三(四) too). */
function normalize(s: string): string {
  return foldAsciiWidth(s).trim().toLowerCase().replace(/\(/g, "（").replace(/\)/g, "）").replace(/\s+/g, "");
}
