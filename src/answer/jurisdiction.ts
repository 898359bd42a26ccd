import type { Clause } from "../corpus/clause-schema.js";
import type { Concept } from "../lexicon/concept-schema.js";
import { ownForms } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";

const PLACE_KINDS: ReadonlySet<string> = new Set(["place", "park"]);

/**
 * True for the place the whole document applies to: its notice names it (贵州省工业和信息化厅 → 贵州).
 * Naming it ("贵州还允许新增电解铝吗", "Is Guizhou still allowing…") says nothing about which clause or
 * sentence answers, and it is no place the document assigns anything to.
 */
export function isJurisdiction(c: Concept, clauses: readonly Clause[]): boolean {
  if (!PLACE_KINDS.has(c.kind)) return false;
  const notice = clauses.find((x) => x.clauseId === "0");
  if (!notice) return false;
  const text = foldText(notice.text);
  return ownForms(c).some((f) => f.length >= 2 && text.includes(f));
}
