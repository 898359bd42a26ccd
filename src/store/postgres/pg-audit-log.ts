import type { AuditLog, AuditRecord } from "../audit-log.js";
import { parseCitationsValue } from "../sqlite/parse-citations.js";
import type { PgPool } from "./create-pg-pool.js";

export interface PgAuditLog extends AuditLog {
  /** Writes one record and returns its id once committed (the "acknowledged" point). */
  append(entry: AuditRecord): Promise<number>;
  appendMany(entries: readonly AuditRecord[]): Promise<void>;
  /** Records at or after `since` (ms), oldest first, fetched in pages so an export never loads everything. */
  iterate(since?: number): AsyncIterableIterator<AuditRecord & { id: number }>;
  count(): Promise<number>;
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
  citations: unknown;
  mode: string;
  out_of_scope: boolean;
  latency_ms: number;
}

const COLUMNS = "at, platform, channel_id, user_hash, conversation_id, question, answer, citations, mode, out_of_scope, latency_ms";
const PAGE = 500;

const toParams = (e: AuditRecord): unknown[] => [
  Math.round(e.at),
  e.platform,
  e.channelId,
  e.userHash,
  e.conversationId,
  e.question,
  e.answer,
  JSON.stringify(e.citations),
  e.mode,
  e.outOfScope,
  Math.max(0, Math.round(e.latencyMs)),
];

export function createPgAuditLog(pool: PgPool): PgAuditLog {
  const append = async (e: AuditRecord) => {
    const { rows } = await pool.query<{ id: number }>(`INSERT INTO audit (${COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`, toParams(e));
    return rows[0]!.id;
  };
  return {
    record: async (e) => void (await append(e)),
    append,
    async appendMany(entries) {
      if (!entries.length) return;
      // One statement, so a replay is all or nothing (no half-written batch to replay twice).
      const params: unknown[] = [];
      const tuples = entries.map((e) => {
        const base = params.length;
        params.push(...toParams(e));
        return `(${Array.from({ length: 11 }, (_, i) => `$${base + i + 1}`).join(",")})`;
      });
      await pool.query(`INSERT INTO audit (${COLUMNS}) VALUES ${tuples.join(",")}`, params);
    },
    async *iterate(since = 0) {
      // Keyset pagination on (at, id): stable while replicas keep appending during the export.
      let after: [number, number] = [since - 1, Number.MAX_SAFE_INTEGER];
      for (;;) {
        const { rows } = await pool.query<AuditRow>(
          `SELECT id, ${COLUMNS} FROM audit WHERE at >= $1 AND (at, id) > ($2, $3) ORDER BY at, id LIMIT ${PAGE}`,
          [since, after[0], after[1]],
        );
        for (const row of rows) {
          yield {
            id: row.id,
            at: row.at,
            platform: row.platform,
            channelId: row.channel_id,
            userHash: row.user_hash,
            conversationId: row.conversation_id,
            question: row.question,
            answer: row.answer,
            citations: parseCitationsValue(row.citations),
            mode: row.mode as AuditRecord["mode"],
            outOfScope: row.out_of_scope,
            latencyMs: row.latency_ms,
          };
        }
        if (rows.length < PAGE) return;
        const last = rows[rows.length - 1]!;
        after = [last.at, last.id];
      }
    },
    count: async () => (await pool.query<{ n: number }>("SELECT count(*)::int8 AS n FROM audit")).rows[0]!.n,
  };
}
