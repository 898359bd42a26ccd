import { AppWiringError } from "../app/app-wiring-error.js";
import type { PostgresStores } from "./postgres/open-postgres-stores.js";
import type { SqliteStores } from "./sqlite/create-sqlite-stores.js";

export interface MigrationCounts {
  audit: number;
  feedback: number;
  conversations: number;
}

const BATCH = 500;

/**
 * Copies an embedded deployment into an empty shared database in one transaction: audit, feedback,
 * conversations (with pending checks), live button payloads and Slack event claims, and the user-id salt, so the pseudonyms in old and new records
 * stay comparable. A target that already holds records is refused: copying twice would duplicate them.
 */
export async function migrateSqliteToPostgres(source: SqliteStores, target: PostgresStores): Promise<MigrationCounts> {
  const salt = (source.db.prepare("SELECT value FROM meta WHERE key = 'user_salt'").get() as { value: string } | undefined)?.value;
  if (!salt) throw new AppWiringError("源 SQLite 数据库缺少用户哈希盐（meta.user_salt），无法迁移。");
  const c = await target.pool.connect();
  try {
    await c.query("BEGIN");
    const { rows } = await c.query<{ n: number }>(
      "SELECT (SELECT count(*) FROM audit) + (SELECT count(*) FROM feedback) + (SELECT count(*) FROM conversations) AS n",
    );
    if (Number(rows[0]?.n ?? 0) > 0) {
      throw new AppWiringError(`目标数据库 ${target.location} 已有审计、反馈或会话记录：为避免重复，只能迁移到没有记录的新库。`);
    }
    await c.query("UPDATE meta SET value = $1 WHERE key = 'user_salt'", [salt]);

    const counts: MigrationCounts = { audit: 0, feedback: 0, conversations: 0 };
    let batch: unknown[][] = [];
    const flushAudit = async () => {
      if (!batch.length) return;
      const params = batch.flat();
      const tuples = batch.map((_, i) => `(${Array.from({ length: 11 }, (__, j) => `$${i * 11 + j + 1}`).join(",")})`);
      await c.query(
        `INSERT INTO audit (at, platform, channel_id, user_hash, conversation_id, question, answer, citations, mode, out_of_scope, latency_ms) VALUES ${tuples.join(",")}`,
        params,
      );
      counts.audit += batch.length;
      batch = [];
    };
    for (const r of source.audit.iterate()) {
      batch.push([r.at, r.platform, r.channelId, r.userHash, r.conversationId, r.question, r.answer, JSON.stringify(r.citations), r.mode, r.outOfScope, r.latencyMs]);
      if (batch.length >= BATCH) await flushAudit();
    }
    await flushAudit();

    for (const f of source.feedback.list()) {
      await c.query(
        "INSERT INTO feedback (at, platform, channel_id, user_hash, rating, question, answer, citations, reason) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
        [f.at, f.platform, f.channelId, f.userHash, f.rating, f.question, f.answer, JSON.stringify(f.citations), f.reason ?? null],
      );
      counts.feedback++;
    }

    const conversations = source.db.prepare("SELECT id, turns, pending_check, updated_at FROM conversations").iterate() as IterableIterator<{
      id: string;
      turns: string;
      pending_check: string | null;
      updated_at: number;
    }>;
    for (const row of conversations) {
      // The text is our own JSON; a damaged row is skipped rather than failing the whole copy.
      if (!isJson(row.turns) || (row.pending_check !== null && !isJson(row.pending_check))) continue;
      await c.query("INSERT INTO conversations (id, turns, pending_check, updated_at) VALUES ($1, $2::jsonb, $3::jsonb, $4)", [
        row.id,
        row.turns,
        row.pending_check,
        row.updated_at,
      ]);
      counts.conversations++;
    }
    // Live button payloads and Slack event claims too: buttons on answers posted before the switch keep
    // working, and a Slack retry arriving during it is still dropped. Expired ones are not worth copying.
    const now = Date.now();
    const payloads = source.db.prepare("SELECT id, payload, expires_at FROM button_payloads WHERE expires_at > ?").iterate(now) as IterableIterator<{
      id: string;
      payload: string;
      expires_at: number;
    }>;
    for (const row of payloads) {
      if (!isJson(row.payload)) continue;
      await c.query("INSERT INTO button_payloads (id, payload, expires_at) VALUES ($1, $2::jsonb, $3) ON CONFLICT (id) DO NOTHING", [row.id, row.payload, row.expires_at]);
    }
    const claims = source.db.prepare("SELECT key, expires_at FROM event_dedupe WHERE expires_at > ?").iterate(now) as IterableIterator<{ key: string; expires_at: number }>;
    for (const row of claims) {
      await c.query("INSERT INTO event_dedupe (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [row.key, row.expires_at]);
    }
    await c.query("COMMIT");
    return counts;
  } catch (err) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
