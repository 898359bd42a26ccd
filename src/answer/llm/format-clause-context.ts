import type { Clause } from "../../corpus/clause-schema.js";

/**
 * The numbered clauses the model may cite: "[3.4] 三（四）有序布局再生铝项目（责任部门：…）" then the
 * text. Departments are listed in the clause's order (the first is by convention the lead); the
 * implicit ones (各市县人民政府 from a 不再列出 note) are marked, so "谁负责" can be answered from the prompt.
 */
export function formatClauseContext(clauses: readonly Clause[]): string {
  return clauses.map(formatClause).join("\n\n");
}

export function formatClause(c: Clause): string {
  const departments = c.departments.map((d) => (d.implicit ? `${d.name}（统一说明的落实主体）` : d.name));
  const head = `[${c.clauseId}] ${c.label} ${c.title}${departments.length ? `（责任部门：${departments.join("、")}）` : ""}`;
  return `${head}\n${c.text}`;
}
