import { buildDocumentOverview } from "../answer/document-overview.js";
import type { Clause } from "../corpus/clause-schema.js";
import type { Corpus } from "../corpus/load-corpus.js";

export interface CatalogPart {
  /** 第三部分, or the part title when the document has no part-level paragraph. */
  label: string;
  title: string;
  clauses: { clauseId: string; label: string; title: string }[];
}

/**
 * What the chat surfaces show about the loaded document, derived from the parsed clauses only: the
 * App Home outline, example questions, and the clause list behind Discord's /clause autocomplete.
 */
export interface DocumentCatalog {
  /** 《关于推进铝产业高质量发展的指导意见》（黔工信〔2024〕10号） */
  title: string;
  parts: CatalogPart[];
  /** Every addressable clause, in document order (parts and the notice included). */
  clauses: readonly Clause[];
  examples: string[];
  /** A project description to try the admission check with. */
  checkExample: string;
}

export function buildDocumentCatalog(corpus: Corpus): DocumentCatalog {
  const doc = corpus.documents[0]?.meta;
  const title = doc?.title ? `《${doc.title}》${doc.docNumber ? `（${doc.docNumber}）` : ""}` : "政策文件";
  const parts: CatalogPart[] = [];
  for (const c of corpus.clauses) {
    if (!c.clauseId.includes(".")) continue;
    const partNo = c.clauseId.split(".")[0]!;
    const head = corpus.clauses.find((p) => p.clauseId === partNo && p.docId === c.docId);
    const key = head?.label ?? c.partTitle;
    let part = parts.find((p) => p.label === key);
    if (!part) parts.push((part = { label: key, title: c.partTitle, clauses: [] }));
    part.clauses.push({ clauseId: c.clauseId, label: c.label, title: c.title });
  }
  return {
    title,
    parts,
    clauses: corpus.clauses,
    examples: buildDocumentOverview(corpus).examples,
    checkExample: "在兴仁经开区新建电解铝项目，400kA电解槽",
  };
}
