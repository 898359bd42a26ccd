import type { Clause } from "../corpus/clause-schema.js";
import { defaultLexicon } from "../lexicon/default-lexicon.js";
import { defaultPhrasing } from "../lexicon/default-phrasing.js";
import { createQueryAnalyzer, type QueryAnalyzer } from "./create-query-analyzer.js";

/** The analyzer over the shipped lexicon for a corpus (the composition root builds one per corpus). */
export function createDefaultQueryAnalyzer(clauses: readonly Clause[]): QueryAnalyzer {
  return createQueryAnalyzer({ lexicon: defaultLexicon(), phrasing: defaultPhrasing(), clauses });
}
