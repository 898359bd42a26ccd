import { z } from "zod";
import { FactKeySchema, ProjectProfileSchema } from "./profile-schema.js";

export const AskedQuestionSchema = z.object({
  facts: z.array(FactKeySchema),
  question: z.string(),
});
export type AskedQuestion = z.infer<typeof AskedQuestionSchema>;

/**
 * The conversational check between turns. Plain JSON (no Dates, Maps or class instances), so it fits
 * in the conversation store's `pendingCheck` and survives restarts. Dropping it is a full reset.
 */
export const FitCheckStateSchema = z.object({
  kind: z.literal("admission-check"),
  version: z.literal(1),
  profile: ProjectProfileSchema,
  /** Questions asked in the last turn, whose answers the next message is read against. */
  asked: z.array(AskedQuestionSchema),
  /** Every question asked in earlier turns (a question left unanswered twice is dropped). */
  askedBefore: z.array(z.string()).default([]),
  /** Questions the user could not answer; never asked again. */
  declined: z.array(z.string()),
  turns: z.number().int().nonnegative(),
  done: z.boolean(),
});
export type FitCheckState = z.infer<typeof FitCheckStateSchema>;

/** Reads a stored state back; null when it is not a (compatible) check state – start afresh then. */
export function readFitCheckState(value: unknown): FitCheckState | null {
  const parsed = FitCheckStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
