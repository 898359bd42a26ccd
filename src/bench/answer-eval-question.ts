import { z } from "zod";

/** One line of test/fixtures/eval/questions.jsonl (shared with the retrieval bench). */
export const AnswerEvalQuestionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  /** Clause ids that answer the question; empty when out of scope. */
  gold: z.array(z.string()),
  inScope: z.boolean(),
  type: z.enum(["target", "where", "rule", "who", "clause", "support", "other"]),
  /** Strings the answer must contain (figures, places, departments), verbatim. */
  facts: z.array(z.string()).default([]),
});
export type AnswerEvalQuestion = z.infer<typeof AnswerEvalQuestionSchema>;
