import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createResilientStores } from "../../src/store/resilient-stores.js";
import { createSqliteStores, type SqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "alubot-resilient-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function recordingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_obj: unknown, msg?: string) => void lines.push({ level, msg: msg ?? "" });
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info") } as never };
}

describe("resilient stores", () => {
  it("falls back to memory and logs an error when the data dir cannot be used", () => {
    const base = tempDir();
    const notADir = join(base, "file");
    writeFileSync(notADir, "x"); // a regular file where the data dir should be: fails even as root
    const { lines, logger } = recordingLogger();
    const stores = createResilientStores({ open: () => createSqliteStores({ dataDir: join(notADir, "data"), retentionDays: 1 }), logger });
    expect(stores.backend()).toBe("memory");
    expect(lines.some((l) => l.level === "error" && l.msg.includes("内存"))).toBe(true);
    stores.audit.record(makeAuditRecord(1));
    stores.conversations.save({ id: "c", turns: [], pendingCheck: { step: 1 }, updatedAt: 1 });
    expect(stores.conversations.get("c")?.pendingCheck).toEqual({ step: 1 });
    expect(stores.hashUserId("slack", "U1")).toMatch(/^[0-9a-f]{64}$/);
    expect(stores.health()).toMatchObject({ status: "degraded", details: { store: "memory-fallback" } });
  });

  it("keeps answering when the disk is full, then writes the held records once space returns", () => {
    const dataDir = tempDir();
    let sqlite!: SqliteStores;
    const errors: string[] = [];
    const { lines, logger } = recordingLogger();
    const stores = createResilientStores({
      open: () => (sqlite = createSqliteStores({ dataDir, retentionDays: 36500 })),
      logger,
      onStoreError: (s) => errors.push(s),
    });
    stores.audit.record(makeAuditRecord(0));
    // Cap the file at its current size: further inserts fail with SQLITE_FULL, as on a full disk.
    const pages = sqlite.db.pragma("page_count", { simple: true }) as number;
    sqlite.db.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.db.pragma(`max_page_count = ${pages}`);
    const big = (n: number) => ({ ...makeAuditRecord(n), answer: "铝".repeat(20_000) });
    for (let n = 1; n <= 5; n++) expect(() => stores.audit.record(big(n))).not.toThrow();
    expect(() => stores.feedback.saveFeedback({ ...big(9), rating: "up" })).not.toThrow();
    expect(errors.length).toBeGreaterThan(0);
    expect(stores.pendingInMemory()).toBeGreaterThan(0);
    expect(stores.health().status).toBe("degraded");
    // One error line per store per minute, not one per failed write.
    expect(lines.filter((l) => l.level === "error").length).toBeLessThanOrEqual(2);

    sqlite.db.pragma("max_page_count = 1073741823");
    stores.audit.record(makeAuditRecord(6));
    expect(stores.pendingInMemory()).toBe(0);
    expect(sqlite.audit.count()).toBe(7);
    expect(sqlite.feedback.count()).toBe(1);
    expect(lines.some((l) => l.level === "warn")).toBe(true);
  });
});

describe("retention schedule", () => {
  it("prunes at once, logs what it removed, survives a failing prune and stops cleanly", async () => {
    const { scheduleRetention } = await import("../../src/store/schedule-retention.js");
    const { lines, logger } = recordingLogger();
    let calls = 0;
    const stop = scheduleRetention(() => ((calls++), { audit: 3, feedback: 0, conversations: 1 }), logger);
    expect(calls).toBe(1);
    expect(lines).toEqual([{ level: "info", msg: "已按保留期限清理过期记录" }]);
    stop();
    const stopFailing = scheduleRetention(() => {
      throw new Error("disk I/O error");
    }, logger);
    expect(lines.at(-1)).toEqual({ level: "error", msg: "清理过期记录失败" });
    stopFailing();
  });
});
