import type { Clause, Department } from "./clause-schema.js";

/**
 * The department a clause's own text names as leading ("省工业和信息化厅牵头会同省有关部门"), when it
 * is one of the clause's departments; null when the text names no lead (the first listed is then
 * the lead by convention only).
 */
export function statedLead(clause: Clause): Department | null {
  return clause.departments.find((d) => clause.text.includes(`${d.name}牵头`)) ?? null;
}
