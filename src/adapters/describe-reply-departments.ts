import type { ReplyDepartment } from "../reply/reply-schema.js";

/**
 * One line naming the departments, lead first. The document only lists bodies; "列首位" says the
 * convention rather than claiming the text names a lead.
 */
export function describeReplyDepartments(departments: readonly ReplyDepartment[]): string | null {
  if (departments.length === 0) return null;
  const order = { lead: 0, participant: 1, implicit: 2 } as const;
  const sorted = [...departments].sort((a, b) => order[a.role] - order[b.role]);
  return sorted
    .map((d) => (d.role === "lead" ? `${d.name}（列首位，通常牵头）` : d.role === "implicit" ? `${d.name}（文件统一要求落实）` : d.name))
    .join("、");
}
