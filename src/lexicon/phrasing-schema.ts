import { z } from "zod";

/** What a question asks for, in the terms the answer composers need. */
const ASK_KINDS = ["compare", "who", "where", "when", "howmuch", "list", "yesno", "procedure", "what"] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/**
 * How questions are phrased (not what they are about): cue words per ask kind, in Chinese and English.
 * Kept beside the concepts so there is one vocabulary; validated at load like them. Built on first use,
 * not at import: the phrasing is validated when it is parsed (a miss of the phrasing cache, see
 * default-phrasing.ts); a cache hit, keyed by the hash of data that already passed, never builds it.
 */
function buildPhrasingSchema() {
  const AskKindSchema = z.enum(ASK_KINDS);
  const Cue = z.string().trim().min(1).max(30);
  return z.object({
    /** Cues per kind; a question may carry several, `priority` decides the primary one. */
    kinds: z.record(AskKindSchema, z.array(Cue).min(1)),
    priority: z.array(AskKindSchema),
    /**
     * Cues split by the thing asked about: a question word, then within a few characters the noun it asks
     * for ("涉及哪些【金融监管】部门" asks who, "哪几个【重点】园区" asks where) — no fixed phrase list has them all.
     */
    frames: z.record(AskKindSchema, z.array(z.tuple([z.array(Cue).min(1), z.array(Cue).min(1)]))),
    /** English cues are matched as whole words at the start of a clause-like segment. */
    englishKinds: z.record(AskKindSchema, z.array(Cue)),
    /**
     * Where the thing asked about stands: right after `before` words (能享受什么【税收优惠】, which【parks】)
     * or right before `after` particles (银行会给【贷款】吗). What else the question names is its context.
     */
    askedSlot: z.object({ before: z.array(Cue).min(1), after: z.array(Cue).min(1) }),
    /**
     * What a yes/no question asks, so its verdict is worded to fit: whether something exists (有没有优惠 →
     * "有"), whether a claim is true (听说…是真的吗 → "是的"); anything else asks permission (能不能建 → "可以").
     */
    /** A list question that asks which clauses or where in the text (哪些条款提到, 哪里提到): list every mention. */
    mentionCues: z.array(Cue).min(1),
    yesNoForms: z.object({ existence: z.array(Cue).min(1), truth: z.array(Cue).min(1) }),
    /**
     * Verbs of responsibility (牵头, 负责, 参与): written beside a department's name ("牵头的是科技厅还是工信厅",
     * "省国资委也参与吗") they ask who acts, whatever question word carries the question.
     */
    dutyVerbs: z.array(Cue).default([]),
    /** Words that make a question negative-leaning ("不让", "不能"): the verdict must still come from the text. */
    negations: z.array(Cue),
  });
}

type PhrasingSchema = ReturnType<typeof buildPhrasingSchema>;
let schema: PhrasingSchema | undefined;

/** The phrasing schema, built once, on the first validation. */
export function phrasingSchema(): PhrasingSchema {
  return (schema ??= buildPhrasingSchema());
}

export type Phrasing = z.infer<PhrasingSchema>;
/** The phrasing as written in its data file (defaults not yet filled). */
export type PhrasingInput = z.input<PhrasingSchema>;
