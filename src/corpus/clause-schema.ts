import { z } from "zod";

/** A quantitative target stated in a clause, e.g. 2027 · 再生铝占原铝（铝液）供应量的比重 · ≥ 20 %. */
export const TargetSchema = z.object({
  year: z.number().int(),
  metric: z.string().min(1),
  /** Lower (or only) value; 0 for 清零. */
  value: z.number(),
  /** Upper value of a range such as 2至3个. */
  valueMax: z.number().optional(),
  /** The figure exactly as written in the clause (after whitespace normalization), e.g. "2至3", "95%". */
  valueText: z.string(),
  unit: z.string(),
  comparator: z.enum(["gte", "lte", "reach", "increase_by", "zero"]),
  /** The comparator word as written: 以上/以下/达到/提高/清零… */
  comparatorText: z.string(),
  /** The sentence fragment the target was read from, verbatim from the clause text. */
  source: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const DepartmentSchema = z.object({
  name: z.string().min(1),
  /** True when the document says once that it applies to every later list (不再列出). */
  implicit: z.boolean(),
  /** For implicit entries: label of the clause whose list declared it (e.g. 二（一）). */
  declaredIn: z.string().optional(),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const ClauseSchema = z.object({
  docId: z.string().min(1),
  clauseId: z.string().regex(/^(0|\d+|\d+\.\d+)$/),
  /** Chinese display label: 三（四）, 第三部分, 通知及前言. */
  label: z.string().min(1),
  partTitle: z.string(),
  title: z.string(),
  text: z.string(),
  departments: z.array(DepartmentSchema),
  targets: z.array(TargetSchema),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const DocumentMetaSchema = z.object({
  docId: z.string().min(1),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** ISO date, YYYY-MM-DD. */
  date: z.string().nullable(),
  indexNumber: z.string().nullable(),
  publicationNote: z.string().nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const PolicyDocumentSchema = z.object({
  meta: DocumentMetaSchema,
  clauses: z.array(ClauseSchema),
  /** sha256 of the source bytes; part of every cache key downstream. */
  contentHash: z.string(),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;
