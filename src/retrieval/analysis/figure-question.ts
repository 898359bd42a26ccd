import { figureCues as cues } from "../../lexicon/data/figure-cues.js";
import { extractNumberTokens } from "./number-tokens.js";

export type UnitClass = keyof typeof cues.unitClasses;
const CLASSES = Object.keys(cues.unitClasses) as UnitClass[];

/** True when a folded question asks for a figure or target (多少, 比例, 目标, how many…). */
export function asksForFigure(folded: string): boolean {
  const s = folded.replace(/哪几/g, "");
  return cues.cues.some((c) => s.includes(c));
}

/** True when a folded question asks who is responsible (谁牵头, 哪个部门…). */
export function asksWho(folded: string): boolean {
  return cues.whoCues.some((c) => folded.includes(c));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const BARE_MAGNITUDE = new RegExp(
  `(${cues.askWords.map(escape).join("|")})(${cues.bareMagnitudes.map(escape).join("|")})(?![${[...new Set(Object.values(cues.unitClasses).flat().join(""))].map(escape).join("")}])`,
  "g",
);

/**
 * The ask rewritten into the units a clause states: colloquial units (多少个亿, 万吨一年) become the
 * written ones, a bare magnitude after an ask word (多少亿) gets its default unit, and 哪几 (which)
 * is dropped so 哪几个园区 is not read as asking for a count.
 */
export function normaliseAsk(folded: string): string {
  let s = folded;
  for (const p of cues.whichPrefixes) s = s.split(p).join(" ");
  for (const [from, to] of Object.entries(cues.unitAliases)) s = s.split(from).join(to);
  return s.replace(BARE_MAGNITUDE, `$1$2${cues.bareMagnitudeUnit}`);
}

/** The kind of figure a folded question asks for (多少万元 → money), or null when it names none. */
export function askedUnitClass(rawFolded: string): UnitClass | null {
  const folded = normaliseAsk(rawFolded);
  for (const cls of CLASSES) {
    const phrases = (cues.askPhrases as Partial<Record<UnitClass, string[]>>)[cls] ?? [];
    if (phrases.some((p) => rawFolded.includes(p) || folded.includes(p))) return cls;
    for (const unit of cues.unitClasses[cls]) if (cues.askWords.some((w) => folded.includes(`${w}${unit}`))) return cls;
  }
  return offeredUnitClass(rawFolded);
}

/**
 * "是退70%还是50%", "比例是百分之一百吗": a question that offers a figure for confirmation asks for a
 * figure of that kind, as much as "退百分之几" does — a clause stating none cannot confirm it.
 */
function offeredUnitClass(folded: string): UnitClass | null {
  if (!cues.confirmWords.some((w) => folded.includes(w))) return null;
  const offered = statedUnitClasses(folded);
  return CLASSES.find((cls) => offered.has(cls)) ?? null;
}

/** Unit classes of the numbers a folded text states (2至3个 → count, 20% → percent). */
export function statedUnitClasses(folded: string): Set<UnitClass> {
  const out = new Set<UnitClass>();
  for (const n of extractNumberTokens(folded)) {
    if (!n.unit) continue;
    for (const cls of CLASSES) if ((cues.unitClasses[cls] as string[]).includes(n.unit)) out.add(cls);
  }
  return out;
}
