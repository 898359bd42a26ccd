import { z } from "zod";

/**
 * Where a fact stands, as the description says it: 已办 (done), 开工前办完 (scheduled: not done yet, with
 * its completion promised before construction – 在办，开工前办齐), 在办 (in_progress), 打算办 (planned),
 * 还没办 (not_yet: not settled yet, 还没落实、尚未), 没有 (not_done: stated absent), 不办 (refused),
 * 开工后再补 (postponed), or unknown (said not to be known: 不清楚). The verdict depends on it: work in
 * progress before construction is not a breach, work put off until after construction is; work promised
 * before construction meets the requirement on that condition; "not yet" differs from "absent" only where
 * the clause itself is conditional (原则上…): there, before construction, it is still a question.
 */
export const FactStateSchema = z.enum(["done", "scheduled", "in_progress", "planned", "not_yet", "not_done", "refused", "postponed", "unknown"]);
export type FactState = z.infer<typeof FactStateSchema>;

/** Chinese wording of each state, for messages. */
export const FACT_STATE_TEXT: Record<FactState, string> = {
  done: "已完成",
  scheduled: "承诺开工前完成",
  in_progress: "正在办理",
  planned: "计划办理",
  not_yet: "尚未完成",
  not_done: "尚未办理",
  refused: "不打算办理",
  postponed: "准备开工后再补",
  unknown: "未说明",
};

/**
 * A fact field of the profile: a state, or a plain boolean as older profiles, `--profile` files and
 * models may write it (true = done, false = not done). Null/absent = not stated. A union rather than a
 * transform, so the same schema converts to JSON Schema for structured model output.
 */
export const factField = (description: string) => z.union([FactStateSchema, z.boolean()]).nullish().describe(description);
export type FactValue = FactState | boolean | null | undefined;

/** The state of a fact field, whichever way it was written. */
export function stateOf(v: FactValue): FactState {
  if (v === true) return "done";
  if (v === false) return "not_done";
  return v ?? "unknown";
}

/**
 * How severe a state is when several statements about one fact disagree ("有指标，但置换方案还没公告"):
 * the worse statement decides, because the fact needs every part to hold. An explicit "不清楚" about
 * one part outweighs "done" and "in progress" of another part, but not a stated "no".
 */
const SEVERITY: Record<FactState, number> = { done: 1, scheduled: 2, planned: 3, in_progress: 4, unknown: 5, not_yet: 6, not_done: 7, refused: 8, postponed: 9 };

/** The worse of two statements; an absent statement (null) never counts. */
export function worseState(a: FactValue, b: FactValue): FactState | null {
  if (a == null) return b == null ? null : stateOf(b);
  if (b == null) return stateOf(a);
  const x = stateOf(a), y = stateOf(b);
  return SEVERITY[y] > SEVERITY[x] ? y : x;
}

/**
 * What a state means for a requirement once timing is considered. `scheduled`: not met yet, but promised
 * before construction, which has not started – the requirement is met on that condition (a to-do, not a
 * question).
 */
export type Readiness = "met" | "scheduled" | "pending" | "breach" | "unknown";

export interface TimingContext {
  /** The description says construction starts before the approvals (先建后补、边建边办). */
  buildsFirst: boolean;
  /** The plant exists already: what it has not done, it operates without. */
  existing: boolean;
}

/**
 * A procedure done before construction (三评、专项论证): not yet done, in progress or planned is
 * pending – it must be finished before construction, which has not started. Refusing it, putting it
 * off until after construction, or building first / already operating without it is a breach.
 */
export function judgeProcedure(v: FactValue, t: TimingContext): Readiness {
  const s = stateOf(v);
  if (s === "done") return "met";
  // A promise to finish before construction is worth nothing once the project is built or being built.
  if (s === "scheduled") return t.buildsFirst || t.existing ? "breach" : "scheduled";
  if (s === "refused" || s === "postponed") return "breach";
  if (s === "unknown") return "unknown";
  return t.buildsFirst || t.existing ? "breach" : "pending";
}

/**
 * A condition the project itself must meet (产能指标、配套矿、采矿证): not having it is a breach;
 * getting it in progress or planned is pending, unless the project builds first anyway. Where the
 * clause is only conditional (原则上应具有…), a condition not settled yet (还没落实) before construction
 * is pending too – the exception the clause allows may still be argued; a stated absence (没有、外购),
 * a refusal, or an operating plant without it stays a breach. Under a hard clause (严禁…) "not yet" is
 * "not": the project may not be planned without it.
 */
export function judgeCondition(v: FactValue, t: TimingContext, conditional = false): Readiness {
  const s = stateOf(v);
  if (s === "done") return "met";
  if (s === "scheduled") return t.buildsFirst || t.existing ? "breach" : "scheduled";
  if (s === "not_yet" && conditional && !t.buildsFirst && !t.existing) return "pending";
  if (s === "not_yet" || s === "not_done" || s === "refused" || s === "postponed") return "breach";
  if (s === "unknown") return "unknown";
  return t.buildsFirst ? "breach" : "pending";
}
