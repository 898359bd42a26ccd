import type { Corpus } from "../corpus/load-corpus.js";
import { describeTarget } from "../corpus/describe-target.js";

/**
 * What the loaded document covers and what one can ask it, derived from the parsed corpus only
 * (title, document number, part titles, one target, one clause with departments).
 */
export interface DocumentOverview {
  coverage: string;
  examples: string[];
}

export function buildDocumentOverview(corpus: Corpus): DocumentOverview {
  const doc = corpus.documents[0];
  // Part titles come from every clause: some parts have no introduction paragraph of their own.
  const parts = [...new Set(corpus.clauses.map((c) => c.partTitle).filter((t) => t))];
  const title = doc?.meta.title ? `《${doc.meta.title}》${doc.meta.docNumber ? `（${doc.meta.docNumber}）` : ""}` : "本文件";
  const coverage = `${title}涉及：${parts.join("、")}。`;
  const examples: string[] = [];
  const target = corpus.clauses.flatMap((c) => c.targets).find((t) => t.unit === "%");
  if (target) examples.push(`到${target.year}年，${target.metric}的目标是多少？`);
  const withDepts = corpus.clauses.filter((c) => c.clauseId.includes(".") && c.departments.length > 0);
  const mid = withDepts[Math.floor(withDepts.length / 2)];
  if (mid) examples.push(`“${mid.title.replace(/。$/, "")}”由哪些部门负责？`);
  const first = withDepts[0];
  if (first) examples.push(`${first.label}讲了什么？`);
  if (examples.length === 0 && target) examples.push(describeTarget(target));
  return { coverage, examples };
}
