import { foldText } from "../../text/fold-text.js";
import type { Analyzer } from "../analysis/create-analyzer.js";

import { DEFAULT_TUNING } from "../../tuning/tuning.js";

/**
 * The weighted query: the user's own tokens count 1, tokens of synonym expansions count less (an
 * expansion is a guess about what the user meant), and no token counts twice.
 */
export function buildQueryBag(
  analyzer: Analyzer,
  query: string,
  expand: boolean,
  expansions: readonly string[] = [],
  /** How much a token that only an expansion contributed counts against one the user typed. */
  expansionWeight = DEFAULT_TUNING.expansionWeight,
): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of analyzer.tokens(query)) bag.set(t, 1);
  if (!expand) return bag;
  // The query analysis's concept expansions: the document's own words for what the user named.
  for (const term of expansions) for (const t of analyzer.termTokens(term)) if (!bag.has(t)) bag.set(t, expansionWeight);
  for (const term of analyzer.synonyms.expand(foldText(query))) {
    for (const t of analyzer.termTokens(term)) if (!bag.has(t)) bag.set(t, expansionWeight);
  }
  return bag;
}
