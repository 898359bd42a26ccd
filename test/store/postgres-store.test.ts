import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResilientStores } from "../../src/store/resilient-stores.js";
import { PG_MIGRATIONS } from "../../src/store/postgres/pg-migrations.js";
import { openPostgresStores, sweepExpiredKeys, type PostgresStores } from "../../src/store/postgres/open-postgres-stores.js";
import { PostgresUnavailableError } from "../../src/store/postgres/postgres-unavailable-error.js";
import { runCliCaptured } from "../helpers/run-cli-captured.js";
import { createTestDatabase, pgServerUrl, pgSkipReason, type TestDatabase } from "../helpers/postgres-db.js";
import { startTcpProxy, viaPort } from "../helpers/tcp-proxy.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";
import { recordingLogger } from "./fixtures/recording-logger.js";

const opened: PostgresStores[] = [];
const dbs: TestDatabase[] = [];
const freshDb = async () => {
  const d = await createTestDatabase();
  dbs.push(d);
  return d;
};
const open = async (url: string, extra: Partial<Parameters<typeof openPostgresStores>[0]> = {}) => {
  const s = await openPostgresStores({ url, retentionDays: 36500, ...extra });
  opened.push(s);
  return s;
};
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
  for (const d of dbs) await d.drop();
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const p = await startTcpProxy(1);
  const port = p.port;
  await p.close();
  return port;
}

describe.skipIf(!pgServerUrl)("PostgreSQL store", () => {
  let shared: TestDatabase;
  let a: PostgresStores;
  let b: PostgresStores;
  beforeAll(async () => {
    shared = await freshDb();
    // Four replicas starting at once: the advisory lock lets exactly one apply each migration.
    const all = await Promise.all([0, 1, 2, 3].map(() => open(shared.url)));
    [a, b] = all as [PostgresStores, PostgresStores];
  });

  it("applies each migration once under the advisory lock, and every replica hashes with the one salt", async () => {
    const { rows } = await a.pool.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    expect((await a.pool.query("SELECT * FROM meta WHERE key = 'user_salt'")).rowCount).toBe(1);
    const hashes = new Set(opened.slice(0, 4).map((s) => s.hashUserId("slack", "U123")));
    expect(hashes.size).toBe(1);
    expect([...hashes][0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a database migrated by a newer alubot", async () => {
    const d = await freshDb();
    const s = await open(d.url);
    await s.pool.query("INSERT INTO schema_migrations (version) VALUES ($1)", [PG_MIGRATIONS.length + 1]);
    await expect(openPostgresStores({ url: d.url, retentionDays: 1 })).rejects.toThrow(/newer/);
  });

  it("a Slack event id is claimed by exactly one of many concurrent callers on two replicas", async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).eventDedupe.claim("slack:Ev-race", 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.eventDedupe.claim("slack:Ev-other", 60_000)).toBe(true);
    // Past its TTL a key may be claimed again, and the sweep removes expired keys.
    expect(await a.eventDedupe.claim("slack:Ev-short", 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(await b.eventDedupe.claim("slack:Ev-short", 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    const swept = await sweepExpiredKeys(a.pool, Date.now(), 60_000);
    expect(swept.dedupe).toBeGreaterThanOrEqual(1);
    expect((await a.pool.query("SELECT key FROM event_dedupe WHERE key = 'slack:Ev-race'")).rowCount).toBe(1);
  });

  it("rate windows are one budget across replicas, even under concurrent requests", async () => {
    const now = Date.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).rateWindows.acquire([{ key: "user:race", limit: 5 }, { key: "channel:race", limit: 100 }], 60_000, now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const { rows } = await a.pool.query<{ n: number }>("SELECT count(*)::int8 AS n FROM rate_hits WHERE key = 'channel:race'");
    expect(rows[0]!.n).toBe(5); // rejected requests recorded nothing
  });

  it("two replicas racing for a free shard end with exactly one owner", async () => {
    const wins = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).shardLeases.acquire(7, i % 2 ? "a" : "b", 10_000)));
    const owners = new Set(wins.flatMap((w, i) => (w ? [i % 2 ? "a" : "b"] : [])));
    expect(owners.size).toBe(1);
  });

  it("button payloads written by one replica are read by the other until they expire", async () => {
    await a.buttonPayloads.put("btn-1", { question: "问", answer: "答", citations: [] }, 60_000);
    expect(await b.buttonPayloads.get("btn-1")).toEqual({ question: "问", answer: "答", citations: [] });
    await a.buttonPayloads.put("btn-2", { x: 1 }, 1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await b.buttonPayloads.get("btn-2")).toBeUndefined();
    expect(await b.buttonPayloads.get("nope")).toBeUndefined();
  });

  it("an unreachable database at start is a Chinese error naming the host; `alubot start` exits 1", async () => {
    const port = await closedPort();
    const url = `postgres://alubot:secret-pw@127.0.0.1:${port}/alubot`;
    const err = await openPostgresStores({ url, retentionDays: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostgresUnavailableError);
    expect((err as Error).message).toMatch(new RegExp(`无法连接 PostgreSQL 数据库 127\\.0\\.0\\.1:${port}/alubot（主机 127\\.0\\.0\\.1）：连接被拒绝`));
    expect((err as Error).message).not.toContain("secret-pw");
    const run = await runCliCaptured(["start"], { env: { DATABASE_URL: url, ALUBOT_LOG_LEVEL: "silent" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`错误：无法连接 PostgreSQL 数据库 127.0.0.1:${port}/alubot（主机 127.0.0.1）`);
    expect(run.stderr).not.toContain("secret-pw");
  });

  it("lost while running: writes are held in memory (bounded, loudly) and replayed in order when it returns", async () => {
    const d = await freshDb();
    const port = Number(new URL(d.url).port);
    const proxy = await startTcpProxy(port);
    try {
      const pg = await openPostgresStores({ url: viaPort(d.url, proxy.port), retentionDays: 36500, pool: { connectionTimeoutMs: 2000, queryTimeoutMs: 2000 } });
      const { lines, logger } = recordingLogger();
      const stores = createResilientStores({ open: () => pg, replica: pg, logger, retryAfterMs: 200, replayEveryMs: 50, maxPending: 100 });
      await stores.audit.record(makeAuditRecord(0));
      await stores.conversations.save({ id: "t1", turns: [{ role: "user", text: "电解铝", clauseIds: ["3.1"], at: 1 }], pendingCheck: { step: 1 }, updatedAt: Date.now() });

      proxy.cut();
      const started = Date.now();
      for (let n = 1; n <= 5; n++) await stores.audit.record(makeAuditRecord(n));
      await stores.feedback.saveFeedback({ at: 1, platform: "slack", channelId: "C1", userHash: "h", rating: "up", question: "q", answer: "a", citations: [] });
      // The conversation keeps its context for the next answer, and the follow-up's save is held too.
      expect((await stores.conversations.get("t1"))?.pendingCheck).toEqual({ step: 1 });
      await stores.conversations.save({ id: "t1", turns: [], pendingCheck: { step: 2 }, updatedAt: Date.now() });
      // Shared state falls back to this process: answers are neither blocked nor doubled on this replica.
      expect(await stores.eventDedupe.claim("slack:Ev-offline", 60_000)).toBe(true);
      expect(await stores.eventDedupe.claim("slack:Ev-offline", 60_000)).toBe(false);
      expect((await stores.replica!.rateWindows.acquire([{ key: "user:x", limit: 1 }], 60_000, Date.now())).ok).toBe(true);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(stores.pendingInMemory()).toBe(7);
      expect(stores.health()).toMatchObject({ status: "degraded", details: { database: "unreachable" } });
      expect(lines.some((l) => l.level === "error" && l.msg.includes("PostgreSQL 写入失败"))).toBe(true);

      proxy.restore();
      const deadline = Date.now() + 5000;
      while (stores.pendingInMemory() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(stores.pendingInMemory()).toBe(0);
      const questions = [];
      for await (const r of pg.audit.iterate()) questions.push(r.question);
      expect(questions).toEqual([0, 1, 2, 3, 4, 5].map((n) => makeAuditRecord(n).question));
      expect(await pg.feedback.count()).toBe(1);
      expect((await pg.conversations.get("t1"))?.pendingCheck).toEqual({ step: 2 });
      expect(lines.some((l) => l.level === "warn" && l.msg.includes("补写"))).toBe(true);
      await stores.close();
    } finally {
      await proxy.close();
    }
  });
});

describe.skipIf(pgServerUrl)("PostgreSQL store (skipped)", () => {
  it.skip(pgSkipReason || "PostgreSQL 不可用", () => undefined);
});
