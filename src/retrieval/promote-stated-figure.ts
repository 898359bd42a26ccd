import type { Clause } from "../corpus/clause-schema.js";
import { ownForms } from "../lexicon/lexicon.js";
import { foldText } from "../text/fold-text.js";
import { namesSubject } from "../understanding/decide-scope.js";
import type { QueryAnalysis } from "../understanding/query-analysis.js";
import { namesTargets } from "../understanding/target-concepts.js";

/** How far down the ranking a clause stating the figure may stand and still be put first. */
const PROMOTE_WITHIN = 3;

/**
 * "专精特新的要新冒出来几家", "十亿级的骨干企业要培育几家": a figure asked of a thing that a clause mentions
 * (三（五）「培育打造一批专精特新企业」) but whose target only its part's introduction states (第三部分：
 * 新增“专精特新”企业5户以上). When the best clause sets no target for what is asked and one of the next few
 * does, that one answers: the figure is what was asked for. Explicit clause references are never reordered.
 */
export function promoteStatedFigure<H extends { clause: Clause }>(hits: readonly H[], a: QueryAnalysis): H[] {
  if (a.refs.length || !(a.figure || a.kind === "howmuch") || hits.length < 2) return [...hits];
  // A metric (比例, 占比) says what kind of figure is asked, not of what: the things named decide.
  const pick = (cs: readonly QueryAnalysis["specific"][number][]) => cs.filter((c) => namesSubject(c) && !namesTargets(c) && c.kind !== "metric");
  const subjects = pick(a.asked).length ? pick(a.asked) : pick(a.specific);
  const forms = subjects.map((c) => ownForms(c).filter((f) => f.length >= 2)).filter((fs) => fs.length > 0);
  if (!forms.length) return [...hits];
  // One target must name every subject: "再生铝增值税即征即退能退多少" asks of the refund, and the 再生铝 share
  // target (第三部分) is no figure of it.
  const sets = (c: Clause) => c.targets.some((t) => forms.every((fs) => fs.some((f) => foldText(t.metric).includes(f))));
  if (sets(hits[0]!.clause)) return [...hits];
  const at = hits.slice(1, PROMOTE_WITHIN).findIndex((h) => sets(h.clause));
  if (at < 0) return [...hits];
  const chosen = hits[at + 1]!;
  return [chosen, ...hits.filter((h) => h !== chosen)];
}
