import type { Clause } from "../corpus/clause-schema.js";
import type { ReplyDepartment } from "../reply/reply-schema.js";
import { overlapScore } from "./question-terms.js";
import { splitSentences } from "./split-sentences.js";

/** A clause's departments with roles: the first explicit one is "lead" (listed first, 列首位). */
export function listReplyDepartments(clause: Clause): ReplyDepartment[] {
  let seenExplicit = false;
  return clause.departments.map((d) => {
    if (d.implicit) return { name: d.name, role: "implicit" as const };
    const role = seenExplicit ? ("participant" as const) : ("lead" as const);
    seenExplicit = true;
    return { name: d.name, role };
  });
}

/**
 * The sentence of a clause that best matches the topic (its first sentence when nothing matches): the
 * quote for department answers, since the parsed text holds no department list to quote.
 */
export function pickTopicSentence(clause: Clause, terms: readonly string[]): string | null {
  const sentences = splitSentences(clause.text);
  let best: { s: string; score: number } | null = null;
  for (const s of sentences) {
    const score = overlapScore(terms, s);
    if (!best || score > best.score) best = { s, score };
  }
  return best?.s ?? null;
}
