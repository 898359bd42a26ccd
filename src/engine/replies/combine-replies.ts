import type { Citation, Reply, ReplyDepartment } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";

/** One question of a message that asks several, with the reply it got on its own. */
export interface AnsweredPart {
  question: string;
  reply: Reply;
}

/**
 * One reply for a message that asked several independent questions: each answered under its own
 * number, citations and departments merged without repeats. A part the document does not cover keeps
 * only its first line (what is not covered): its pointers and suggestions belong to a lone refusal.
 * The whole is a refusal only when every part is one.
 */
export function combineReplies(parts: readonly AnsweredPart[]): Reply {
  const refused = (r: Reply) => r.outOfScope || r.kind === "refusal";
  const blocks = parts.map(({ question, reply }, i) => {
    const body = refused(reply) ? (reply.answer.split("\n")[0] ?? reply.answer) : reply.answer;
    return `${i + 1}. ${question}\n${body}`;
  });
  const citations = uniqueBy(parts.flatMap((p) => p.reply.citations), (c: Citation) => `${c.docId}#${c.clauseId}#${c.quote}`);
  const departments = uniqueBy(parts.flatMap((p) => p.reply.departments), (d: ReplyDepartment) => d.name);
  const notCovered = [...new Set(parts.flatMap((p) => p.reply.notCovered ?? []))];
  const allRefused = parts.every((p) => refused(p.reply));
  const first = parts.find((p) => !refused(p.reply))?.reply ?? parts[0]?.reply;
  return makeReply({
    kind: allRefused ? "refusal" : "answer",
    answer: [`您的消息里有 ${parts.length} 个问题，分别回答如下：`, ...blocks].join("\n\n"),
    citations,
    departments,
    outOfScope: allRefused,
    ...(notCovered.length ? { notCovered } : {}),
    mode: first?.mode ?? "offline",
    followUps: first?.followUps ?? [],
  });
}

function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  return [...new Map(xs.map((x) => [key(x), x])).values()];
}
