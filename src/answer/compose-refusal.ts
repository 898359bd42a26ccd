import type { Clause } from "../corpus/clause-schema.js";
import type { DocumentOverview } from "./document-overview.js";
import type { AnswerDraft } from "./answer-draft.js";
import { GENERIC_TOPIC, refusalTopic } from "./refusal-topic.js";

/**
 * The out-of-scope reply: say plainly the document does not cover it, one line on what it does
 * cover, a few questions it can answer. No citations — nothing in the document supports a reply.
 */
export interface RefusalSubject {
  /** The question as asked: only refusalTopic reads it, to find a safe noun phrase. */
  question: string;
  /** A short noun phrase for what was asked (the analysis's topic), never the asker's sentence. */
  topic: string | null;
  /** What the document does not say about it (the lexicon's notCovered sentences). */
  notCovered: readonly string[];
}

export function composeRefusal(
  subjectOf: RefusalSubject,
  overview: DocumentOverview,
  mode: AnswerDraft["mode"] = "offline",
  /**
   * The clauses retrieval found nearest, if any: offered as places to look, not as an answer. A question
   * judged out of scope may still be one the user phrased in words the document does not use, and
   * "三（四）讲了什么？" is one tap away — without quoting or citing anything as support.
   */
  nearest: readonly Clause[] = [],
  /** Nouns from query understanding, if it has them; see refusalTopic. */
  topicCandidates: readonly string[] = [],
): AnswerDraft {
  // Name the topic, never the text: the asker's words must not come back as the bot's own claim. The
  // analysed topic (a lexicon label) is the first candidate; refusalTopic checks it like any other.
  const subject = refusalTopic(subjectOf.question, [...(subjectOf.topic ? [subjectOf.topic] : []), ...topicCandidates]);
  const pointers = nearest.filter((c) => c.clauseId !== "0").slice(0, 2);
  const pointerQuestions = pointers.map((c) => `${c.label}讲了什么？`);
  const examples = [...pointerQuestions, ...overview.examples].slice(0, 3);
  const lines = [
    subject === GENERIC_TOPIC ? "该文件未涉及您问的内容。" : `该文件未涉及“${subject}”的相关内容。`,
    ...subjectOf.notCovered,
    overview.coverage,
    ...(pointers.length ? [`如果您想了解的是相近的内容，可以看看：${pointers.map((c) => `${c.label}「${c.title}」`).join("、")}。`] : []),
    "您可以这样问：",
    ...examples.map((q) => `· ${q}`),
  ];
  return {
    answer: lines.join("\n"),
    citations: [],
    departments: [],
    outOfScope: true,
    mode,
    followUps: examples,
    questionType: "other",
  };
}
