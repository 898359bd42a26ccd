import { departmentAliases } from "../lexicon/derived-tables.js";
import { listDepartmentNames, matchDepartment } from "../corpus/find-departments.js";
import type { Clause } from "../corpus/clause-schema.js";

// Read on first use, not at import: the lexicon is loaded (through its cache) by the composition root.
let aliases: Record<string, string> | undefined;

/**
 * The department a sentence names ("发改委负责什么" → 省发展改革委), or null. Candidates are the
 * corpus names, the names without their 省/贵州 prefix, and the hand-kept aliases; the longest wins.
 */
export function detectDepartment(text: string, clauses: readonly Clause[]): string | null {
  const names = listDepartmentNames(clauses);
  const candidates = new Map<string, string>();
  for (const n of names) {
    candidates.set(n, n);
    const short = n.replace(/^(?:贵州省|贵州|省)/, "");
    if (short.length >= 3) candidates.set(short, n);
  }
  aliases ??= departmentAliases();
  for (const [alias, name] of Object.entries(aliases)) if (names.includes(name)) candidates.set(alias, name);
  let best: string | null = null;
  for (const key of candidates.keys()) if (text.includes(key) && (!best || key.length > best.length)) best = key;
  if (!best) return null;
  return candidates.get(best) ?? matchDepartment(best, names, aliases);
}
