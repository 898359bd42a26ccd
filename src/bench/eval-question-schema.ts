import { z } from "zod";
import { loadJsonl } from "./blind-set-schema.js";

export const EvalQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  /** Clause ids that answer the question; empty for out-of-scope questions. */
  gold: z.array(z.string()),
  inScope: z.boolean(),
  type: z.enum(["target", "where", "rule", "who", "clause", "support", "other"]),
  /** Short strings a correct answer must contain, verbatim from the gold clause (or its departments). */
  facts: z.array(z.string()),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** Reads a JSONL file of evaluation questions; a malformed line names its line number. */
export function loadEvalQuestions(file: string): EvalQuestion[] {
  return loadJsonl(file, EvalQuestionSchema);
}
