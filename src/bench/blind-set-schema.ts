import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * Blind sets: written by a helper who saw only the policy text (never the code, lexicon, expansions or
 * other fixtures). The bench prints only aggregate figures for them, never items, so they stay blind
 * for as long as nobody opens the files; once read, a set becomes development data and a new one is due.
 */
export const BlindStyleSchema = z.enum(["colloquial", "formal", "long", "typo", "traditional", "english", "mixed"]);
export type BlindStyle = z.infer<typeof BlindStyleSchema>;

export const BlindQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  gold: z.array(z.string()),
  inScope: z.boolean(),
  type: z.enum(["what", "who", "where", "howmuch", "when", "yesno", "list", "compare", "procedure", "oos"]),
  style: BlindStyleSchema,
  facts: z.array(z.string()),
});
export type BlindQuestion = z.infer<typeof BlindQuestionSchema>;

export const BlindTurnSchema = z.object({
  question: z.string().min(1),
  gold: z.array(z.string()),
  inScope: z.boolean(),
  facts: z.array(z.string()),
});
export const BlindConversationSchema = z.object({ id: z.string().min(1), turns: z.array(BlindTurnSchema).min(1) });
export type BlindConversation = z.infer<typeof BlindConversationSchema>;

export const BlindProjectSchema = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  expectedOverall: z.enum(["compliant", "non_compliant", "needs_info"]),
  failingClauses: z.array(z.string()),
  cluster: z.string().nullable(),
  /** Clauses whose guidance the project declines: they must never be judged failing. */
  advisedClauses: z.array(z.string()).default([]),
});
export type BlindProject = z.infer<typeof BlindProjectSchema>;

/** Parses a JSONL file line by line with `schema`; a malformed line names its number (not its content). */
export function loadJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l)
    .map(([l, n]) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file} 第 ${n} 行格式有误：${parsed.error.issues[0]?.message ?? ""}`);
      return parsed.data;
    });
}
