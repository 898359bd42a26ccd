import type { Department } from "./clause-schema.js";

/**
 * Chinese one-liner for a department list. The document never says who leads; by convention the body
 * listed first leads, so it is presented as "列首位" rather than as a fact the text states.
 */
export function describeDepartments(departments: readonly Department[]): string {
  const explicit = departments.filter((d) => !d.implicit);
  const implicit = departments.filter((d) => d.implicit);
  if (explicit.length === 0) return "本条未列出责任部门。";
  const [lead, ...rest] = explicit;
  let s = `${lead!.name}（列首位，通常为牵头部门）`;
  if (rest.length) s += `，${rest.map((d) => d.name).join("、")}`;
  for (const d of implicit) {
    s += `；另需${d.name}落实（文件在${d.declaredIn ?? "前文"}中说明以下条款均需其落实、不再列出）`;
  }
  return `${s}。`;
}
