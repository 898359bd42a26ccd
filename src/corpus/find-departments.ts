import type { Clause } from "./clause-schema.js";
import { foldForMatch } from "./normalize-text.js";

export interface DepartmentDuty {
  clause: Clause;
  role: "lead" | "participant" | "implicit";
}

/** Every department name the corpus lists, in first-seen order. */
export function listDepartmentNames(clauses: readonly Clause[]): string[] {
  const seen = new Set<string>();
  for (const c of clauses) for (const d of c.departments) seen.add(d.name);
  return [...seen];
}

/**
 * Matches a user's way of naming a department (发改委, 工信厅, 投促局, 人社厅) to the corpus names.
 * `aliases` maps extra short names to canonical ones; otherwise a name matches when the query's
 * characters appear in it in order (发改委 ⊂ 省发展改革委), preferring tighter, shorter matches.
 */
export function matchDepartment(
  query: string,
  names: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | null {
  const q = foldForMatch(query).replace(/^(?:贵州)?省/, "");
  if (!q) return null;
  const aliased = aliases[q] ?? aliases[query.trim()];
  if (aliased && names.includes(aliased)) return aliased;
  let best: { name: string; score: number } | null = null;
  for (const name of names) {
    const key = foldForMatch(name);
    const score = key.includes(q) ? 1000 - key.length : subsequenceScore(q, key);
    if (score > 0 && (!best || score > best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

/** Gap-penalised in-order match; 0 when the query is not a subsequence or is too short to trust. */
function subsequenceScore(q: string, key: string): number {
  if (q.length < 2) return 0;
  let pos = -1;
  let gaps = 0;
  for (const ch of q) {
    const next = key.indexOf(ch, pos + 1);
    if (next === -1) return 0;
    if (pos >= 0) gaps += next - pos - 1;
    pos = next;
  }
  // The last query character must end the name (局/厅/委) so 工信 does not match 省工业和信息化厅's neighbours loosely.
  if (!key.endsWith(q[q.length - 1]!)) return 0;
  return 500 - gaps * 5 - key.length;
}

/** The clauses a department is responsible for, lead (listed first) before participant. */
export function findDutiesOf(name: string, clauses: readonly Clause[]): DepartmentDuty[] {
  const duties: DepartmentDuty[] = [];
  for (const clause of clauses) {
    const idx = clause.departments.findIndex((d) => d.name === name);
    if (idx === -1) continue;
    const dep = clause.departments[idx]!;
    duties.push({ clause, role: dep.implicit ? "implicit" : idx === 0 ? "lead" : "participant" });
  }
  const order = { lead: 0, participant: 1, implicit: 2 };
  return duties.sort((a, b) => order[a.role] - order[b.role]);
}
