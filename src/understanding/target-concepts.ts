import type { Concept } from "../lexicon/concept-schema.js";

/** The lexicon's concept for the document's targets (目标、指标); its year concepts are kinds of it. */
const TARGETS: ReadonlySet<string> = new Set(["main-targets"]);

/** True for a concept that names the document's targets ("目标", "2027年目标", "targets"). */
export function namesTargets(c: Concept): boolean {
  return TARGETS.has(c.id) || c.broader.some((b) => TARGETS.has(b));
}
