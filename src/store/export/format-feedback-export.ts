import type { FeedbackRecord } from "../feedback-store.js";
import type { ExportFormat } from "./format-audit-export.js";
import { formatCsvRow, UTF8_BOM } from "./format-csv.js";

const CSV_HEADER = ["时间", "平台", "频道", "用户（哈希）", "评价", "原因", "问题", "回答", "引用条款"];

/** The 👍/👎 records for review, with the reason a 👎 gave; same conventions as the audit export. */
export function formatFeedbackHeader(format: ExportFormat): string {
  return format === "csv" ? UTF8_BOM + formatCsvRow(CSV_HEADER) : "";
}

export function formatFeedbackRecord(format: ExportFormat, r: FeedbackRecord): string {
  const at = new Date(r.at).toISOString();
  if (format === "jsonl") return `${JSON.stringify({ ...r, at })}\n`;
  return formatCsvRow([
    at,
    r.platform,
    r.channelId ?? "",
    r.userHash,
    r.rating === "up" ? "👍" : "👎",
    r.reason ?? "",
    r.question,
    r.answer,
    r.citations.map((c) => c.label).join("；"),
  ]);
}
