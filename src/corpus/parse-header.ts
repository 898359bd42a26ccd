import type { DocumentMeta } from "./clause-schema.js";
import { normalizeClauseText } from "./normalize-text.js";

/**
 * Reads the notice header of a Chinese government document from the text before the first part
 * heading. Every field is found by its shape (文号 〔year〕N号, 2024年1月31日, 520000-2024-05-002,
 * a parenthesised 此件… note), never by this document's particular values.
 */
export function parseHeader(docId: string, headerParagraphs: readonly string[]): DocumentMeta {
  const paragraphs = headerParagraphs.map(normalizeClauseText).filter((p) => p.length > 0);
  const all = paragraphs.join("\n");

  const docNumber = all.match(/[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号/)?.[0] ?? null;
  const indexNumber = all.match(/\b\d{6}-\d{4}-\d{2}-\d{3}\b/)?.[0] ?? null;
  const publicationNote = all.match(/（(此件[^）]*)）/)?.[1] ?? null;

  let date: string | null = null;
  let issuer: string | null = null;
  const dateIdx = paragraphs.findIndex((p) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(p));
  if (dateIdx >= 0) {
    const m = paragraphs[dateIdx]!.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/)!;
    date = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
    // The signature line (issuing body) sits right above the date.
    const above = paragraphs[dateIdx - 1];
    if (above && above.length <= 30 && !/[。，：]/.test(above)) issuer = above;
  }

  // Title: a standalone line that the notice quotes in 《》; else the first 《…》; else the first line.
  const quoted = all.match(/《([^》]+)》/)?.[1]?.replace(/\n/g, "") ?? null;
  const standalone = quoted ? paragraphs.find((p) => p === quoted) : undefined;
  const title = standalone ?? quoted ?? paragraphs[0] ?? docId;

  return { docId, title, docNumber, issuer, date, indexNumber, publicationNote };
}
