import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { writeLine } from "../write-output.js";
import { migrateSqliteToPostgres } from "../../store/migrate-sqlite-to-postgres.js";
import { isPostgresUrl } from "../../store/postgres/pg-target.js";
import { createSqliteStores } from "../../store/sqlite/create-sqlite-stores.js";
import { databasePath, DATABASE_FILE } from "../../store/sqlite/open-database.js";

const USAGE = "alubot migrate-store --from sqlite:<数据目录或 alubot.db> --to postgres://用户:密码@主机:5432/库名\n  不写 --from 时用 ALUBOT_DATA_DIR，不写 --to 时用 DATABASE_URL。";

/** `alubot migrate-store`: a one-off copy of an embedded (SQLite) deployment into the shared PostgreSQL. */
export const migrateStoreCommand: CliCommand = {
  name: "migrate-store",
  summary: "一次性把现有 SQLite 数据（审计、反馈、会话及用户哈希盐）复制到 PostgreSQL，供多副本部署使用",
  usage: USAGE,
  options: { from: { type: "string" }, to: { type: "string" } },
  async run({ app, options, io }) {
    const dataDir = parseFrom(options.from, app.config.dataDir);
    const to = typeof options.to === "string" ? options.to.trim() : app.config.store.kind === "postgres" ? app.config.store.url : "";
    if (!to) throw new CliUsageError(`请用 --to 指定目标 PostgreSQL（或设置 DATABASE_URL）。\n用法：${USAGE}`);
    if (!isPostgresUrl(to)) throw new CliUsageError(`--to 必须是 postgres:// 开头的地址。\n用法：${USAGE}`);
    if (!existsSync(databasePath(dataDir))) throw new CliUsageError(`在 ${dataDir} 中找不到 ${DATABASE_FILE}，没有可迁移的数据。`);

    const source = createSqliteStores({ dataDir, retentionDays: app.config.retentionDays, readonly: true });
    try {
      const { openPostgresStores } = await import("../../store/postgres/open-postgres-stores.js");
      const target = await openPostgresStores({ url: to, retentionDays: app.config.retentionDays });
      try {
        const counts = await migrateSqliteToPostgres(source, target);
        writeLine(io.stdout, `已迁移到 ${target.location}：审计记录 ${counts.audit} 条，反馈 ${counts.feedback} 条，会话 ${counts.conversations} 个（含进行中的项目检查）；用户哈希盐已一并复制。`);
      } finally {
        await target.close();
      }
    } finally {
      source.close();
    }
    return 0;
  },
};

/** `sqlite:/var/lib/alubot`, `sqlite:/var/lib/alubot/alubot.db`, or the configured data dir. */
function parseFrom(raw: unknown, fallbackDir: string): string {
  if (raw === undefined) return fallbackDir;
  const s = String(raw).trim();
  const m = s.match(/^sqlite:(?:\/\/)?(.+)$/i);
  if (!m) throw new CliUsageError(`--from 必须写成 sqlite:<数据目录或 alubot.db 文件>。\n用法：${USAGE}`);
  const path = resolve(m[1]!);
  const isFile = existsSync(path) && statSync(path).isFile();
  return isFile || path.endsWith(".db") ? dirname(path) : path;
}
