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
     * English ask frames: a question word, then within a few words the noun it asks for ("which
     * government【bodies】" asks who, "what's the penetration【target】" asks how much, "by what【year】"
     * when). Matched on the canonical view, so plurals and spellings need no entry; a verb between the
     * two ("what does the department do") breaks the frame (classify-ask.ts).
     */
    englishFrames: z.partialRecord(AskKindSchema, z.array(z.tuple([z.array(Cue).min(1), z.array(Cue).min(1)]))).default({}),
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
    /**
     * A comparison asked without a comparison word: two things joined (`joins`: 和、跟、还是) and a choice
     * word after the first of them (`choices`: 哪个、谁、更) — "再生铝和电解铝哪个是要控制的". 还是 joins and
     * chooses at once ("上氧化铝还是电解铝"). Departments joined so ask who (是工信厅还是发改委牵头).
     */
    choiceFrame: z.object({ joins: z.array(Cue).min(1), choices: z.array(Cue).min(1), choosingJoins: z.array(Cue).default([]) }),
    /**
     * Procedure cues that ask for the steps or conditions themselves (要办哪些手续、走什么程序、分几步、what steps),
     * as against 怎么/如何, which as often ask how the document treats a thing (文件怎么说、如何支持).
     */
    stepCues: z.object({ steps: z.array(Cue), conditions: z.array(Cue) }).default({ steps: [], conditions: [] }),
    /**
     * Polite requests wrapped around a question ("能帮忙看下文件对这类项目是怎么要求的吗"): 能/可以…吗 there asks
     * for help, not yes or no; the question inside decides the ask.
     */
    politeRequests: z.array(Cue).default([]),
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
