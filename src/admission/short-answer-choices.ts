import { BOOLEAN_FACTS, shortAnswerTargets } from "./apply-short-answer.js";
import { isUnknownAnswer } from "./read-fact-state.js";
import { readFitCheckState } from "./fit-check-state.js";
import type { FactKey } from "./profile-schema.js";

/** Facts a plain 有/没有 settles: the yes/no facts, the assessments (all at once) and the mining licence. */
const YES_NO_FACTS: ReadonlySet<FactKey> = new Set<FactKey>([...BOOLEAN_FACTS, "assessments", "miningRight"]);

/** What the 不清楚 button sends: the check then reports with what it knows (see renderCheckStep). */
export const UNKNOWN_ANSWER = "不清楚";

export interface CheckChoices {
  /** The questions the check asked last: a press on a button of an older step is recognised by them. */
  asked: string[];
  /**
   * The question 有/没有 answer and the replies they send, or null when the first open question is
   * not a yes/no one (a location, a kA figure, an energy level: those are typed).
   */
  yesNo: { question: string; yes: string; no: string } | null;
  unknown: string;
}

/**
 * One-tap answers for a pending check (the conversation's pendingCheck). A short reply is read
 * positionally against the asked questions' open facts (applyShortAnswer), so only the question that
 * owns the first of them can be answered by a bare 有/没有; the others are asked again next turn.
 */
export function checkChoices(pending: unknown): CheckChoices | null {
  const state = readFitCheckState(pending);
  if (!state || state.done || state.asked.length === 0) return null;
  const targets = shortAnswerTargets(state.profile, state.asked);
  const first = targets[0];
  const owner = first ? state.asked.find((q) => q.facts.includes(first)) : undefined;
  let yesNo: CheckChoices["yesNo"] = null;
  if (owner && owner.facts.every((f) => YES_NO_FACTS.has(f))) {
    // One polarity per open fact of that question ("有，有" for 赤泥处理 + 电解配套), none for the next question.
    const count = targets.filter((f) => owner.facts.includes(f)).length;
    const say = (word: string) => Array<string>(count).fill(word).join("，");
    yesNo = { question: owner.question, yes: say("有"), no: say("没有") };
  }
  if (!isUnknownAnswer(UNKNOWN_ANSWER)) throw new Error("admission terms no longer read 不清楚 as an unknown answer");
  return { asked: state.asked.map((q) => q.question), yesNo, unknown: UNKNOWN_ANSWER };
}
