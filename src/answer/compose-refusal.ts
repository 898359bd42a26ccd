import type { DocumentOverview } from "./document-overview.js";
import type { AnswerDraft } from "./answer-draft.js";

/**
 * The out-of-scope reply: say plainly the document does not cover it, one line on what it does
 * cover, a few questions it can answer. No citations — nothing in the document supports a reply.
 */
export function composeRefusal(question: string, overview: DocumentOverview, mode: AnswerDraft["mode"] = "offline"): AnswerDraft {
  // The echo of the user's words must not look like one of our citations (〔七（一）〕, [9.3]) or
  // close the quotation it sits in: those brackets and quotes are dropped from it.
  const subject = question
    .replace(/[〔〕【】\[\]“”"]/g, "")
    .trim()
    .replace(/[？?。！!\s]+$/, "")
    .slice(0, 40);
  const lines = [
    `该文件未涉及“${subject}”的相关内容。`,
    overview.coverage,
    "您可以这样问：",
    ...overview.examples.slice(0, 3).map((q) => `· ${q}`),
  ];
  return {
    answer: lines.join("\n"),
    citations: [],
    departments: [],
    outOfScope: true,
    mode,
    followUps: overview.examples.slice(0, 3),
    questionType: "other",
  };
}
