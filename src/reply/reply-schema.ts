import { z } from "zod";
import { AdmissionReportSchema } from "../admission/report-schema.js";

export const CitationSchema = z.object({
  docId: z.string(),
  clauseId: z.string(),
  label: z.string(),
  title: z.string(),
  /** Verbatim (normalized) text from the clause; verified to occur in it. */
  quote: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const ReplyDepartmentSchema = z.object({
  name: z.string(),
  /** lead = listed first in the clause (by convention the lead); implicit = carried by a 不再列出 note. */
  role: z.enum(["lead", "participant", "implicit"]),
});
export type ReplyDepartment = z.infer<typeof ReplyDepartmentSchema>;

export const ReplyModeSchema = z.enum(["offline", "llm", "llm-fallback"]);
export type ReplyMode = z.infer<typeof ReplyModeSchema>;

/**
 * What every transport renders: terminal, Slack and Discord all draw this one model.
 * `kind` tells renderers which layout fits; the text fields are complete on their own.
 */
export const ReplySchema = z.object({
  kind: z.enum(["answer", "clause", "departments", "targets", "check", "question", "help", "refusal", "error"]),
  answer: z.string(),
  citations: z.array(CitationSchema),
  departments: z.array(ReplyDepartmentSchema),
  outOfScope: z.boolean(),
  /** A partial answer: what the document does not say about the question (it says the rest, cited). */
  notCovered: z.array(z.string()).optional(),
  mode: ReplyModeSchema,
  followUps: z.array(z.string()),
  conversationId: z.string().nullable(),
  /** Present for project admission checks (kind "check", or "question" while facts are missing); optional elsewhere. */
  report: AdmissionReportSchema.nullish(),
});
export type Reply = z.infer<typeof ReplySchema>;
