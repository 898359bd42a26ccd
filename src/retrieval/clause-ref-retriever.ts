import type { Clause } from "../corpus/clause-schema.js";
import { findClauseRefs, parseClauseRef, type ClauseRef } from "../corpus/resolve-clause-ref.js";
import type { ComponentRetriever } from "./ranked-list.js";

/**
 * A question that names a clause (三（三）, 第五部分第二条, 3.3) gets that clause first. Uses the
 * corpus module's reference parser, so every written form the CLI accepts works here too.
 */
export function createClauseRefRetriever(clauses: readonly Clause[]): ComponentRetriever {
  const resolve = (ref: ClauseRef): number => {
    const wanted = ref.clause === null ? String(ref.part) : `${ref.part}.${ref.clause}`;
    const exact = clauses.findIndex((c) => c.clauseId === wanted && (!ref.docId || c.docId === ref.docId));
    if (exact >= 0 || ref.clause !== null) return exact;
    return clauses.findIndex((c) => c.clauseId.startsWith(`${ref.part}.`));
  };
  return {
    name: "clauseRef",
    async rank(query, limit, hints) {
      const whole = parseClauseRef(query);
      // The analysis's references include parts named by their title's words (调结构那部分).
      const refs = whole ? [whole] : (hints?.refs ?? findClauseRefs(query));
      const seen = new Set<number>();
      for (const r of refs) {
        const i = resolve(r);
        if (i >= 0) seen.add(i);
      }
      return [...seen].slice(0, limit).map((index, rank) => ({ index, score: 1 / (rank + 1) }));
    },
  };
}
