import type { Clause, DocumentMeta } from "../corpus/clause-schema.js";
import type { Citation } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { renderAnswer } from "./render-answer.js";
import { splitSentences } from "./split-sentences.js";

/** "这文件是哪个单位发的/文号和日期": the parsed header, quoted from the notice (clause 0). */
export function composeDocumentAnswer(meta: DocumentMeta, notice: Clause): { answer: string; citations: Citation[] } {
  const parts: string[] = [];
  if (meta.issuer) parts.push(`由${meta.issuer}印发`);
  if (meta.docNumber) parts.push(`文号${meta.docNumber}`);
  const date = meta.date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const dateText = date ? `${date[1]}年${Number(date[2])}月${Number(date[3])}日` : null;
  if (dateText) parts.push(`日期${dateText}`);
  const direct = `《${meta.title}》${parts.join("，")}${formatMarker(notice.label)}。`;
  const wanted = [meta.docNumber, meta.issuer, dateText].filter((x): x is string => !!x);
  const citations: Citation[] = [];
  for (const s of splitSentences(notice.text)) {
    if (!wanted.some((w) => s.includes(w))) continue;
    const c = buildCitation(notice, s);
    if (c) citations.push(c);
    if (citations.length >= 3) break;
  }
  return { answer: renderAnswer(direct, citations), citations };
}
