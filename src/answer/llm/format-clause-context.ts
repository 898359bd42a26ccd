import type { Clause } from "../../corpus/clause-schema.js";

/** The numbered clauses the model may cite: "[3.4] 三（四）有序布局再生铝项目" then the text. */
export function formatClauseContext(clauses: readonly Clause[]): string {
  return clauses.map((c) => `[${c.clauseId}] ${c.label} ${c.title}\n${c.text}`).join("\n\n");
}
