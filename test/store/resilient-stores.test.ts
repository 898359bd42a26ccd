import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createResilientStores } from "../../src/store/resilient-stores.js";
import { createSqliteStores, type SqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { sqliteBackend } from "../../src/store/sqlite/sqlite-backend.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";
import { recordingLogger } from "./fixtures/recording-logger.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "alubot-resilient-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const openSqlite = (dataDir: string, retentionDays = 36500) => sqliteBackend(createSqliteStores({ dataDir, retentionDays }), dataDir);

describe("resilient stores", () => {
  it("falls back to memory and logs an error when the data dir cannot be used", async () => {
    const base = tempDir();
    const notADir = join(base, "file");
    writeFileSync(notADir, "x"); // a regular file where the data dir should be: fails even as root
    const { lines, logger } = recordingLogger();
    const stores = createResilientStores({ open: () => openSqlite(join(notADir, "data"), 1), logger });
    expect(stores.backend()).toBe("memory");
    expect(lines.some((l) => l.level === "error" && l.msg.includes("内存"))).toBe(true);
    await stores.audit.record(makeAuditRecord(1));
    await stores.conversations.save({ id: "c", turns: [], pendingCheck: { step: 1 }, updatedAt: 1 });
    expect((await stores.conversations.get("c"))?.pendingCheck).toEqual({ step: 1 });
    expect(stores.hashUserId("slack", "U1")).toMatch(/^[0-9a-f]{64}$/);
    expect(stores.health()).toMatchObject({ status: "degraded", details: { store: "memory-fallback" } });
  });

  it("keeps answering when the disk is full, then writes the held records once space returns", async () => {
    const dataDir = tempDir();
    let sqlite!: SqliteStores;
    const errors: string[] = [];
    const { lines, logger } = recordingLogger();
    const stores = createResilientStores({
      open: () => sqliteBackend((sqlite = createSqliteStores({ dataDir, retentionDays: 36500 })), dataDir),
      logger,
      onStoreError: (s) => errors.push(s),
    });
    await stores.audit.record(makeAuditRecord(0));
    // Cap the file at its current size: further inserts fail with SQLITE_FULL, as on a full disk.
    const pages = sqlite.db.pragma("page_count", { simple: true }) as number;
    sqlite.db.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.db.pragma(`max_page_count = ${pages}`);
    const big = (n: number) => ({ ...makeAuditRecord(n), answer: "铝".repeat(20_000) });
    for (let n = 1; n <= 5; n++) await expect(stores.audit.record(big(n))).resolves.toBeUndefined();
    await expect(stores.feedback.saveFeedback({ ...big(9), rating: "up" })).resolves.toBeUndefined();
    const bigState = { id: "held", turns: [{ role: "user" as const, text: "铝".repeat(20_000), clauseIds: [], at: 1 }], pendingCheck: { step: 2 }, updatedAt: Date.now() };
    await stores.conversations.save(bigState);
    // The conversation is still there for the follow-up, although the database refused it.
    expect((await stores.conversations.get("held"))?.pendingCheck).toEqual({ step: 2 });
    expect(errors.length).toBeGreaterThan(0);
    expect(stores.pendingInMemory()).toBe(7);
    expect(stores.health().status).toBe("degraded");
    // One error line per store per minute, not one per failed write.
    expect(lines.filter((l) => l.level === "error").length).toBeLessThanOrEqual(3);

    sqlite.db.pragma("max_page_count = 1073741823");
    await stores.audit.record(makeAuditRecord(6));
    expect(stores.pendingInMemory()).toBe(0);
    expect(sqlite.audit.count()).toBe(7);
    // Replayed in order: the held records come before the one that found the database working again.
    expect([...sqlite.audit.iterate()].map((r) => r.question)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => makeAuditRecord(n).question));
    expect(sqlite.feedback.count()).toBe(1);
    expect((await sqlite.conversations.get("held"))?.pendingCheck).toEqual({ step: 2 });
    expect(lines.some((l) => l.level === "warn" && l.msg.includes("补写"))).toBe(true);
    await stores.close();
  });

  it("drops the oldest held records beyond the bound, and says so", async () => {
    const { lines, logger } = recordingLogger();
    const failing = { ...openSqlite(tempDir()) };
    failing.audit = { ...failing.audit, record: async () => { throw new Error("disk I/O error"); }, appendMany: async () => { throw new Error("disk I/O error"); } };
    const stores = createResilientStores({ open: () => failing, logger, maxPending: 3 });
    for (let n = 0; n < 5; n++) await stores.audit.record(makeAuditRecord(n));
    expect(stores.pendingInMemory()).toBe(3);
    expect(lines.some((l) => l.level === "error" && l.msg.includes("丢弃"))).toBe(true);
    await stores.close();
  });
});

describe("retention schedule", () => {
  it("prunes at once, logs what it removed, survives a failing prune and stops cleanly", async () => {
    const { scheduleRetention } = await import("../../src/store/schedule-retention.js");
    const { lines, logger } = recordingLogger();
    let calls = 0;
    const stop = scheduleRetention(() => ((calls++), { audit: 3, feedback: 0, conversations: 1 }), logger);
    expect(calls).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual([{ level: "info", msg: "已按保留期限清理过期记录" }]);
    stop();
    const stopFailing = scheduleRetention(async () => {
      throw new Error("disk I/O error");
    }, logger);
    await new Promise((r) => setImmediate(r));
    expect(lines.at(-1)).toEqual({ level: "error", msg: "清理过期记录失败" });
    stopFailing();
  });
});
