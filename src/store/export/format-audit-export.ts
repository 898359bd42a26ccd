import type { AuditRecord } from "../audit-log.js";
import { formatCsvRow, UTF8_BOM } from "./format-csv.js";

export type ExportFormat = "csv" | "jsonl";

const CSV_HEADER = ["编号", "时间", "平台", "频道", "用户（哈希）", "会话", "问题", "回答", "引用条款", "回答模式", "超出范围", "耗时（毫秒）"];

/** Local-time-free ISO timestamp: reviewers in different zones see the same instant. */
const iso = (ms: number) => new Date(ms).toISOString();

export function formatAuditHeader(format: ExportFormat): string {
  return format === "csv" ? UTF8_BOM + formatCsvRow(CSV_HEADER) : "";
}

export function formatAuditRecord(format: ExportFormat, r: AuditRecord & { id: number }): string {
  if (format === "jsonl") return `${JSON.stringify({ ...r, at: iso(r.at) })}\n`;
  return formatCsvRow([
    String(r.id),
    iso(r.at),
    r.platform,
    r.channelId ?? "",
    r.userHash,
    r.conversationId ?? "",
    r.question,
    r.answer,
    r.citations.map((c) => c.label).join("；"),
    r.mode,
    r.outOfScope ? "是" : "否",
    String(r.latencyMs),
  ]);
}
