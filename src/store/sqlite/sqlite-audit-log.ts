import type { Database } from "better-sqlite3";
import type { AuditLog, AuditRecord } from "../audit-log.js";
import { parseCitations } from "./parse-citations.js";

export interface SqliteAuditLog extends AuditLog {
  /** Writes one record and returns its id once committed (the "acknowledged" point). */
  append(entry: AuditRecord): number;
  appendMany(entries: readonly AuditRecord[]): void;
  /** Records at or after `since` (ms), oldest first, streamed so an export never loads everything. */
  iterate(since?: number): IterableIterator<AuditRecord & { id: number }>;
  count(): number;
}

interface AuditRow {
  id: number;
  at: number;
  platform: string;
  channel_id: string | null;
  user_hash: string;
  conversation_id: string | null;
  question: string;
  answer: string;
  citations: string;
  mode: string;
  out_of_scope: number;
  latency_ms: number;
}

export function createSqliteAuditLog(db: Database): SqliteAuditLog {
  const insert = db.prepare(`
    INSERT INTO audit (at, platform, channel_id, user_hash, conversation_id, question, answer, citations, mode, out_of_scope, latency_ms)
    VALUES (@at, @platform, @channelId, @userHash, @conversationId, @question, @answer, @citations, @mode, @outOfScope, @latencyMs)`);
  const select = db.prepare("SELECT * FROM audit WHERE at >= ? ORDER BY at, id");
  const countStmt = db.prepare("SELECT count(*) AS n FROM audit");
  const toParams = (e: AuditRecord) => ({
    at: Math.round(e.at),
    platform: e.platform,
    channelId: e.channelId,
    userHash: e.userHash,
    conversationId: e.conversationId,
    question: e.question,
    answer: e.answer,
    citations: JSON.stringify(e.citations),
    mode: e.mode,
    outOfScope: e.outOfScope ? 1 : 0,
    latencyMs: Math.max(0, Math.round(e.latencyMs)),
  });
  const append = (e: AuditRecord) => Number(insert.run(toParams(e)).lastInsertRowid);
  const appendMany = db.transaction((entries: readonly AuditRecord[]) => {
    for (const e of entries) insert.run(toParams(e));
  });
  return {
    record: async (e) => void append(e),
    append,
    appendMany: (entries) => appendMany(entries),
    *iterate(since = 0) {
      for (const row of select.iterate(since) as IterableIterator<AuditRow>) {
        yield {
          id: row.id,
          at: row.at,
          platform: row.platform,
          channelId: row.channel_id,
          userHash: row.user_hash,
          conversationId: row.conversation_id,
          question: row.question,
          answer: row.answer,
          citations: parseCitations(row.citations),
          mode: row.mode as AuditRecord["mode"],
          outOfScope: row.out_of_scope === 1,
          latencyMs: row.latency_ms,
        };
      }
    },
    count: () => (countStmt.get() as { n: number }).n,
  };
}
