import { detailCues } from "../../lexicon/data/detail-cues.js";

/** The details no clause answers in part: a procedure the clause does not describe (detail-cues.ts). */
const PROCEDURES = detailCues.details.filter((d) => d.lowersConfidence);

/**
 * True when a folded question asks for an administrative procedure (怎么申请, 交哪些材料, 截止时间)
 * that the folded clause text does not describe. Such a question is near-domain but unanswerable
 * from a clause that only states the policy, however well its topic words match.
 */
export function isProcedureMismatch(folded: string, clauseText: string): boolean {
  return PROCEDURES.some((g) => g.asks.some((a) => folded.includes(a)) && !g.stated.some((s) => clauseText.includes(s)));
}
