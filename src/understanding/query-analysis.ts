import type { QuestionType } from "../answer/question-type.js";
import type { ClauseRef } from "../corpus/resolve-clause-ref.js";
import type { Concept } from "../lexicon/concept-schema.js";
import type { ConceptMatch } from "../lexicon/lexicon.js";
import type { AskKind } from "../lexicon/phrasing-schema.js";
import type { UnitClass } from "../retrieval/analysis/figure-question.js";
import type { DetailName } from "../lexicon/data/detail-cues.js";

/**
 * Everything alubot understands about one message, computed once at the engine's entry and read by
 * the router, the retrievers, the scope decision, the composers and the admission extractor.
 */
export interface QueryAnalysis {
  /** As typed. */
  raw: string;
  /** Display-normal form: NFKC, simplified characters, short years expanded (normalizeQuery). */
  text: string;
  /** Matching form of `text` (foldText): lower case, 千安 → ka, 百分之二十 → 20%. */
  folded: string;
  /** Written mostly in Latin letters (an English question; the answer is still Chinese). */
  english: boolean;
  /** Clause references written in the question (三（三）, 3.3, 第五部分第二条). */
  refs: ClauseRef[];
  /** The primary ask and every ask cue found. */
  kind: AskKind;
  kinds: AskKind[];
  /** The answer composers' question type, derived from the same cues. */
  questionType: QuestionType;
  /** The kind of figure asked for (money, percent, count…), or null. */
  figure: UnitClass | null;
  /**
   * The other details the asking sentences ask for about their topic (criteria, forms, how long, how
   * far…: detail-cues.ts). The scope decision checks that the sentences stating the topic give them.
   */
  details: DetailName[];
  /** Years named (2027, 2035). */
  years: number[];
  /** Named years the document never mentions (its targets are for other years). */
  unknownYears: number[];
  /** Lexicon concepts mentioned, in text order. */
  concepts: ConceptMatch[];
  /** Covered concepts that say which part of the document is asked about (not 铝/贵州/政策-generic). */
  specific: Concept[];
  /**
   * Of `specific`, what stands in the ask's slot (能享受什么【税收优惠】): the thing asked about, as
   * against the context it is asked in (废铝回收企业). Empty when no concept stands there.
   */
  asked: Concept[];
  /** Topics the document does not address that the question mentions. */
  uncovered: Concept[];
  /** Document wording for the concepts mentioned (and what they are a kind of), for retrieval. */
  expansions: string[];
  /** A short noun phrase naming what is asked about (≤ 12 characters), or null. */
  topic: string | null;
  /**
   * Independent questions in one message, each to be answered on its own (display form), when it asks
   * two or more things with subjects of their own; [] for one question (see findCompoundParts).
   */
  parts: string[];
  /** A long message's asking sentences (folded), when the rest is background (see ask-part.ts); else null. */
  askText: string | null;
  /** Of `specific`, the things (not places or departments) named in `askText`; [] for a short question. */
  askConcepts: Concept[];
  /** Asks which clauses, or where in the text, something is mentioned (phrasing.mentionCues). */
  asksMentions: boolean;
  /**
   * Asks for the steps of doing something (phrasing.stepCues.steps: 要办哪些手续, 走什么程序, 分几步), or only
   * for the conditions to meet (conditions: 门槛, 前提, 要满足什么); null otherwise.
   */
  asksSteps: "steps" | "conditions" | null;
  /** For a yes/no question: whether it asks permission, existence or truth (phrasing.yesNoForms); else null. */
  yesNoForm: YesNoForm | null;
}

export type YesNoForm = "permission" | "existence" | "truth";
