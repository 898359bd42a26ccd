import { existsSync } from "node:fs";
import { once } from "node:events";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { formatAuditHeader, formatAuditRecord, type ExportFormat } from "../../store/export/format-audit-export.js";
import { formatFeedbackHeader, formatFeedbackRecord } from "../../store/export/format-feedback-export.js";
import type { AppConfig } from "../../config/app-config.js";
import type { StoreBackend } from "../../store/store-backend.js";
import { createSqliteStores } from "../../store/sqlite/create-sqlite-stores.js";
import { sqliteBackend } from "../../store/sqlite/sqlite-backend.js";
import { databasePath } from "../../store/sqlite/open-database.js";
import { writeLine } from "../write-output.js";

export const exportCommand: CliCommand = {
  name: "export",
  summary: "导出问答审计记录（或用 --feedback 导出 👍/👎 反馈及原因），CSV 或 JSONL，供人工复核；配置了 DATABASE_URL 时导出所有副本的记录",
  usage: "alubot export [--feedback] [--since 2026-01-01] [--format csv|jsonl] > 审计记录.csv",
  options: { since: { type: "string" }, format: { type: "string" }, feedback: { type: "boolean" } },
  async run({ app, options, io }) {
    const format = parseFormat(options.format);
    const since = parseSince(options.since);
    const feedback = options.feedback === true;
    const what = feedback ? "反馈记录" : "审计记录";
    const header = feedback ? formatFeedbackHeader(format) : formatAuditHeader(format);
    const backend = await openForExport(app.config);
    if (!backend) {
      writeLine(io.stderr, `数据目录 ${app.config.dataDir} 中还没有数据库，没有可导出的${what}。`);
      if (format === "csv") io.stdout.write(header);
      return 0;
    }
    let count = 0;
    // Respect backpressure so a large export streams instead of buffering in memory.
    const write = async (line: string) => {
      if (!io.stdout.write(line)) await once(io.stdout, "drain");
      count++;
    };
    try {
      io.stdout.write(header);
      if (feedback) for (const record of await backend.feedback.list(since)) await write(formatFeedbackRecord(format, record));
      else for await (const record of backend.audit.iterate(since)) await write(formatAuditRecord(format, record));
    } finally {
      await backend.close();
    }
    const where = backend.kind === "postgres" ? `（PostgreSQL ${backend.location}，所有副本）` : "";
    writeLine(io.stderr, `已导出 ${count} 条${what}${where}${since ? `（自 ${new Date(since).toISOString().slice(0, 10)} 起）` : ""}。`);
    return 0;
  },
};

/** The configured store, read directly (not through the resilient layer): an export must not invent records. */
async function openForExport(config: AppConfig): Promise<StoreBackend | undefined> {
  if (config.store.kind === "postgres") {
    const { openPostgresStores } = await import("../../store/postgres/open-postgres-stores.js");
    return openPostgresStores({ url: config.store.url, retentionDays: config.retentionDays });
  }
  if (!existsSync(databasePath(config.dataDir))) return undefined;
  return sqliteBackend(createSqliteStores({ dataDir: config.dataDir, retentionDays: config.retentionDays }), config.dataDir);
}

function parseFormat(raw: unknown): ExportFormat {
  if (raw === undefined || raw === "csv") return "csv";
  if (raw === "jsonl") return "jsonl";
  throw new CliUsageError(`不支持的导出格式“${String(raw)}”，可选 csv 或 jsonl。`);
}

/** YYYY-MM-DD (UTC midnight) or a full ISO timestamp; anything else is a usage error. */
function parseSince(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(s) ? Date.parse(s) : NaN;
  // Date.parse rolls 2026-02-30 over to March 2; a date that does not survive the round trip is a typo.
  const rolledOver = !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) !== s.slice(0, 10) && !/[+-]\d{2}:?\d{2}$/.test(s);
  if (Number.isNaN(ms) || rolledOver) throw new CliUsageError(`无法识别日期“${s}”，请写成 2026-01-01 这样的格式。`);
  return ms;
}
