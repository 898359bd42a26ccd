import type { Clause, DocumentMeta } from "../corpus/clause-schema.js";
import type { Citation } from "../reply/reply-schema.js";
import { buildCitation, formatMarker } from "./build-citation.js";
import { renderAnswer } from "./render-answer.js";
import { splitSentences } from "./split-sentences.js";

/** What of the notice a question asks beyond its header: whom it is addressed to. */
export interface DocumentAsk {
  /** "主送哪些单位", "发给谁": the addressees, read from the notice's salutation (the text before its colon). */
  recipients?: boolean;
  /** Only the addressees are asked: the header line follows them instead of opening. */
  onlyRecipients?: boolean;
}

/** "这文件是哪个单位发的/文号和日期/主送哪些单位": the parsed header, quoted from the notice (clause 0). */
export function composeDocumentAnswer(meta: DocumentMeta, notice: Clause, ask: DocumentAsk = {}): { answer: string; citations: Citation[] } {
  const parts: string[] = [];
  if (meta.issuer) parts.push(`由${meta.issuer}印发`);
  if (meta.docNumber) parts.push(`文号${meta.docNumber}`);
  const date = meta.date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const dateText = date ? `${date[1]}年${Number(date[2])}月${Number(date[3])}日` : null;
  if (dateText) parts.push(`日期${dateText}`);
  let direct = `《${meta.title}》${parts.join("，")}${formatMarker(notice.label)}。`;
  const wanted = [meta.docNumber, meta.issuer, dateText].filter((x): x is string => !!x);
  const citations: Citation[] = [];
  // The salutation ("各市、自治州人民政府，…，省有关部门和单位：《…》…现印发给你们") names the addressees.
  const salutation = ask.recipients ? splitSentences(notice.text).find((s) => /^[^：:《]{4,80}[：:]/.test(s) && s.includes("印发给")) : undefined;
  const addressees = salutation?.match(/^([^：:《]{4,80})[：:]/)?.[1];
  if (salutation && addressees) {
    const c = buildCitation(notice, salutation);
    if (c) citations.push(c);
    const line = `主送单位：${addressees}${formatMarker(notice.label)}。`;
    direct = ask.onlyRecipients ? `${line}该文件${parts.join("，")}。` : `${direct}${line}`;
  }
  for (const s of splitSentences(notice.text)) {
    if (!wanted.some((w) => s.includes(w)) || citations.some((c) => c.quote === s)) continue;
    const c = buildCitation(notice, s);
    if (c) citations.push(c);
    if (citations.length >= 4) break;
  }
  return { answer: renderAnswer(direct, citations), citations };
}
