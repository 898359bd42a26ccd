import type { Clause } from "../corpus/clause-schema.js";
import { foldForMatch } from "../corpus/normalize-text.js";
import type { Citation } from "../reply/reply-schema.js";

/** The in-text citation marker, e.g. 〔三（四）〕. */
export function formatMarker(label: string): string {
  return `〔${label}〕`;
}

/**
 * A citation built only from a parsed clause. The quote must occur in the clause (after folding);
 * otherwise there is no citation — callers never cite text the clause does not contain.
 */
export function buildCitation(clause: Clause, quote: string): Citation | null {
  if (!quoteOccursIn(quote, clause.text)) return null;
  return { docId: clause.docId, clauseId: clause.clauseId, label: clause.label, title: clause.title, quote };
}

export function quoteOccursIn(quote: string, text: string): boolean {
  const q = foldForMatch(quote);
  return q.length > 0 && foldForMatch(text).includes(q);
}
