import { buildCitation, formatMarker } from "../../answer/build-citation.js";
import { splitSentences } from "../../answer/split-sentences.js";
import type { Clause } from "../../corpus/clause-schema.js";
import type { Citation, Reply } from "../../reply/reply-schema.js";
import { makeReply } from "./make-reply.js";

/**
 * Every quantitative target the parser found, grouped by year, each with its clause marker; only
 * those of `years` when given ("2027年的目标都有哪些").
 */
export function targetsReply(clauses: readonly Clause[], years: readonly number[] = []): { reply: Reply; clauseIds: string[] } {
  const byYear = new Map<number, string[]>();
  const citations: Citation[] = [];
  for (const clause of clauses) {
    for (const t of clause.targets) {
      if (years.length && !years.includes(t.year)) continue;
      const list = byYear.get(t.year) ?? [];
      list.push(`${t.source}${formatMarker(clause.label)}`);
      byYear.set(t.year, list);
      const sentence = splitSentences(clause.text).find((s) => s.includes(t.source)) ?? t.source;
      const c = buildCitation(clause, sentence);
      if (c && !citations.some((x) => x.clauseId === c.clauseId && x.quote === c.quote)) citations.push(c);
    }
  }
  if (byYear.size === 0) return { reply: makeReply({ kind: "targets", answer: "文件中没有识别到量化目标。" }), clauseIds: [] };
  const lines = [years.length ? `文件提出的${years.join("、")}年量化目标：` : "文件提出的量化目标："];
  for (const [year, items] of [...byYear].sort((a, b) => a[0] - b[0])) {
    lines.push(`到${year}年：`);
    for (const item of items) lines.push(`· ${item}`);
  }
  return {
    reply: makeReply({ kind: "targets", answer: lines.join("\n"), citations }),
    clauseIds: [...new Set(citations.map((c) => c.clauseId))],
  };
}
