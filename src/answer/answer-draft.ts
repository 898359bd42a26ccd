import type { AdmissionReport } from "../admission/report-schema.js";
import type { Citation, ReplyDepartment } from "../reply/reply-schema.js";
import type { QuestionType } from "./question-type.js";

/** What an answerer produces; the engine adds kind, conversationId and report to make a Reply. */
export interface AnswerDraft {
  answer: string;
  citations: Citation[];
  departments: ReplyDepartment[];
  outOfScope: boolean;
  mode: "offline" | "llm" | "llm-fallback";
  followUps: string[];
  questionType: QuestionType;
  /** The rule engine's admission report an LLM agent answer explains (check_project); never set to undefined. */
  report?: AdmissionReport;
}
