import { loadQuestionCues } from "./question-cues.js";

/** Greetings and thanks: answered with the out-of-scope overview, never with a clause. */
export function isChitChat(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[！!。.？?~～，,\s]+/g, "");
  if (!t) return true;
  return loadQuestionCues().chitChat.some((w) => t === w || (t.startsWith(w) && t.length <= w.length + 3));
}
