import { z } from "zod";

/**
 * Clause expansions (doc2query): how people would ask about one clause, written from the clause text —
 * colloquial questions, English questions, everyday and English keywords. They are indexed as their own,
 * lower-weighted retrieval field, so a question phrased nothing like the document still finds its clause.
 * Kept as reviewed data next to the corpus (`corpus/<docId>.expansions.json`); `alubot index --expand`
 * drafts them with a configured LLM for a new document. Never written from evaluation questions.
 */
export const ClauseExpansionSchema = z.object({
  /** Whole questions as a user would type them (Chinese, English, traditional allowed). */
  questions: z.array(z.string().trim().min(2).max(200)).default([]),
  /** Short search terms: colloquial words, English terms, common mistypes. */
  keywords: z.array(z.string().trim().min(1).max(40)).default([]),
});
export type ClauseExpansion = z.infer<typeof ClauseExpansionSchema>;

export const ExpansionFileSchema = z.object({
  docId: z.string().min(1),
  /** sha256 of the document the expansions were written for; a different document marks them stale. */
  contentHash: z.string().min(1).optional(),
  /** "reviewed": checked by a person; "llm": drafted by `alubot index --expand`, awaiting review. */
  source: z.enum(["reviewed", "llm"]),
  generatedAt: z.string().optional(),
  /** Keyed by canonical clause id (0, N, N.M). */
  clauses: z.record(z.string().regex(/^(0|\d+|\d+\.\d+)$/), ClauseExpansionSchema),
});
export type ExpansionFile = z.infer<typeof ExpansionFileSchema>;

/** The file name beside the corpus document: not .txt/.md, so the corpus loader never reads it as a document. */
export function expansionFileName(docId: string): string {
  return `${docId}.expansions.json`;
}
