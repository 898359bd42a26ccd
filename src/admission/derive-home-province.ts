import type { Clause } from "../corpus/clause-schema.js";
import { buildProvinceIndex, canonicalProvince } from "./province-index.js";

/** The province a policy applies to and the corpus text that says so (quoted in the scope finding). */
export interface HomeProvince {
  /** Short canonical name, e.g. 贵州. */
  name: string;
  /** Verbatim text of the notice naming it, e.g. the issuer 贵州省工业和信息化厅. */
  source: string;
}

/**
 * Reads the policy's province from the issuer (贵州省工业和信息化厅 → 贵州); when the issuer is
 * missing or not provincial, from the first full province name in the notice (clause 0).
 */
export function deriveHomeProvince(issuer: string | null, notice: Clause | undefined): HomeProvince | null {
  if (issuer) {
    const name = canonicalProvince(issuer);
    if (name && (!notice || notice.text.includes(issuer))) return { name, source: issuer };
  }
  if (!notice) return null;
  let best: HomeProvince | null = null;
  let bestAt = Infinity;
  for (const a of buildProvinceIndex()) {
    if (a.city !== null || a.alias === a.province) continue;
    const at = notice.text.indexOf(a.alias);
    if (at !== -1 && at < bestAt) {
      best = { name: a.province, source: a.alias };
      bestAt = at;
    }
  }
  return best;
}
