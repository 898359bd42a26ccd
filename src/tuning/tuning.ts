import { z } from "zod";

/**
 * Every threshold and weight that shapes retrieval and the scope decision, in one typed object, so
 * tuning is one place to look and `npm run bench` can sweep it. Defaults are the shipped values.
 */
export const TuningSchema = z.object({
  fusion: z.object({
    lexical: z.number().nonnegative(),
    dense: z.number().nonnegative(),
    target: z.number().nonnegative(),
    /** For who-questions: the lexical ranking restricted to clauses that name responsible departments. */
    who: z.number().nonnegative(),
    /** Clauses ranked by how many of the question's lexicon concepts they state (concept-coverage.ts). */
    concepts: z.number().nonnegative(),
    /** Clauses stating the concept the question asks about (QueryAnalysis.asked). */
    asked: z.number().nonnegative(),
    /** Share of the lexical weight given to a long message's asking sentences alone (QueryAnalysis.askText). */
    askPart: z.number().min(0).max(1),
  }),
  /** BM25F field weights: a title names what a clause is about; department lists only say who acts. */
  fields: z.object({
    title: z.number().nonnegative(),
    partTitle: z.number().nonnegative(),
    text: z.number().nonnegative(),
    departments: z.number().nonnegative(),
    /** Reviewed clause expansions (how people ask): their own field, below the document's words. */
    expansions: z.number().nonnegative(),
  }),
  /** Weight of a query token contributed by a synonym or concept expansion, against 1 for typed tokens. */
  expansionWeight: z.number().min(0).max(1),
  scope: z.object({
    /**
     * Lexical confidence (coverage × unknown-word penalties) below which a question that names no
     * concept of the lexicon is refused. Questions naming a covered concept are always answered.
     */
    threshold: z.number().min(0).max(1),
  }),
});
export type Tuning = z.infer<typeof TuningSchema>;

// A typed literal, not a parse at import (cold start): test/tuning checks it against TuningSchema.
export const DEFAULT_TUNING: Tuning = Object.freeze({
  fusion: { lexical: 1, dense: 0.6, target: 0.8, who: 0.5, concepts: 0.8, asked: 0.3, askPart: 0.5 },
  fields: { title: 3, partTitle: 0.5, text: 1, departments: 0.7, expansions: 0.5 },
  expansionWeight: 0.6,
  scope: { threshold: 0.4 },
});

/** DEFAULT_TUNING with some values replaced (the bench's sweep, tests). */
export function withTuning(patch: { scope?: Partial<Tuning["scope"]>; fusion?: Partial<Tuning["fusion"]>; fields?: Partial<Tuning["fields"]>; expansionWeight?: number }): Tuning {
  return TuningSchema.parse({
    fusion: { ...DEFAULT_TUNING.fusion, ...patch.fusion },
    fields: { ...DEFAULT_TUNING.fields, ...patch.fields },
    expansionWeight: patch.expansionWeight ?? DEFAULT_TUNING.expansionWeight,
    scope: { ...DEFAULT_TUNING.scope, ...patch.scope },
  });
}
