import { foldText } from "../../text/fold-text.js";
import type { Analyzer } from "../analysis/create-analyzer.js";

/** How much a token that only a synonym contributed counts against one the user typed. */
const EXPANSION_WEIGHT = 0.6;

/**
 * The weighted query: the user's own tokens count 1, tokens of synonym expansions count less (an
 * expansion is a guess about what the user meant), and no token counts twice.
 */
export function buildQueryBag(analyzer: Analyzer, query: string, expand: boolean): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of analyzer.tokens(query)) bag.set(t, 1);
  if (!expand) return bag;
  for (const term of analyzer.synonyms.expand(foldText(query))) {
    for (const t of analyzer.tokens(term)) if (!bag.has(t)) bag.set(t, EXPANSION_WEIGHT);
  }
  return bag;
}
