import { z } from "zod";
import { findClauseRefs } from "../corpus/resolve-clause-ref.js";
import { loadQuestionCues } from "./question-cues.js";

export const QuestionTypeSchema = z.enum(["target", "where", "rule", "who", "clause", "support", "other"]);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

const YEAR_RE = /(?:19|20)\d{2}\s*年/;

/**
 * Classifies a Chinese question by what its first answer sentence must deliver. Cue words come from
 * src/lexicon/data/question-cues.ts; the priority order resolves questions that carry several cues
 * ("三（四）的牵头部门是谁" is a who-question, not a clause lookup).
 */
export function classifyQuestion(text: string): QuestionType {
  const cues = loadQuestionCues();
  const hits = new Set<string>();
  for (const [type, words] of Object.entries(cues.types)) {
    if (words.some((w) => text.includes(w))) hits.add(type);
  }
  // A bare clause reference ("三（三）", "3.3") asks for the clause itself.
  if (hits.size === 0 && findClauseRefs(text).length > 0) return "clause";
  // "到2027年…" with no other cue is a target question.
  if (hits.size === 0 && YEAR_RE.test(text)) return "target";
  for (const type of cues.priority) {
    if (hits.has(type)) return QuestionTypeSchema.parse(type);
  }
  return "other";
}
