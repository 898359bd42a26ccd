import { buildCitation, formatMarker } from "../../answer/build-citation.js";
import { splitSentences } from "../../answer/split-sentences.js";
import { formatChineseNumeral } from "../../corpus/chinese-numerals.js";
import type { Clause } from "../../corpus/clause-schema.js";
import type { Citation, Reply } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";

/**
 * "文件分几个部分", "主要内容是什么", "give me an outline": the parts of the document with the titles of
 * their clauses, all from the parsed corpus, each part marked and quoted by its opening sentence (its
 * introduction, or its first clause where it has none).
 */
export function structureReply(clauses: readonly Clause[]): { reply: Reply; clauseIds: string[] } {
  const parts = new Map<number, Clause[]>();
  for (const c of clauses) {
    if (c.clauseId === "0") continue;
    const part = Number(c.clauseId.split(".")[0]);
    parts.set(part, [...(parts.get(part) ?? []), c]);
  }
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const [part, members] of [...parts].sort((a, b) => a[0] - b[0])) {
    const opening = members.map((c) => ({ clause: c, first: splitSentences(c.text)[0] })).find((o) => o.first !== undefined);
    const citation = opening ? buildCitation(opening.clause, opening.first!) : null;
    if (citation) citations.push(citation);
    const titles = members.filter((c) => c.clauseId.includes(".")).map((c) => `（${formatChineseNumeral(Number(c.clauseId.split(".")[1]))}）${c.title.replace(/。$/, "")}`);
    const name = `${formatChineseNumeral(part)}、${members[0]?.partTitle ?? ""}`;
    lines.push(`· ${name}${titles.length ? `：${titles.join("；")}` : ""}${opening ? formatMarker(opening.clause.label) : ""}`);
  }
  if (lines.length === 0) return { reply: makeReply({ kind: "answer", answer: "文件中没有识别到分部分的正文。" }), clauseIds: [] };
  const answer = [`文件正文（通知之后）分为${formatChineseNumeral(lines.length)}个部分：`, ...lines].join("\n");
  return { reply: makeReply({ kind: "answer", answer, citations }), clauseIds: [...new Set(citations.map((c) => c.clauseId))] };
}
