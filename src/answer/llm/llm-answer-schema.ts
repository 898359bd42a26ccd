import { z } from "zod";

/** What the model must return; anything else is malformed and falls back to the offline answer. */
export const LlmAnswerSchema = z.object({
  answer: z.string().describe("简洁的中文回答，第一句直接回答问题"),
  citations: z
    .array(
      z.object({
        clauseId: z.string().describe("条款编号，如 3.4，必须是提供的条款之一"),
        quote: z.string().describe("从该条款逐字复制的原文"),
      }),
    )
    .describe("回答所依据的条款原文"),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;
