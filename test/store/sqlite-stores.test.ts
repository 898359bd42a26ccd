import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/store/conversation-store.js";
import { MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import { createSqliteStores, type SqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";

const DAY = 24 * 3600_000;
let dataDir: string;
let open: SqliteStores[] = [];
let clock = 0;
const openStores = (extra: Partial<Parameters<typeof createSqliteStores>[0]> = {}) => {
  const s = createSqliteStores({ dataDir, retentionDays: 30, now: () => clock, ...extra });
  open.push(s);
  return s;
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "alubot-store-"));
  clock = 100 * DAY;
});
afterEach(() => {
  for (const s of open) s.close();
  open = [];
  rmSync(dataDir, { recursive: true, force: true });
});

describe("sqlite store", () => {
  it("uses WAL, records the schema version and keeps one salt across reopenings", () => {
    const a = openStores();
    expect(a.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(a.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    const h1 = a.hashUserId("slack", "U123");
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(h1).not.toContain("U123");
    expect(a.hashUserId("discord", "U123")).not.toBe(h1);
    a.close();
    const b = openStores();
    expect(b.hashUserId("slack", "U123")).toBe(h1);
    // A different data dir has a different salt: hashes cannot be matched across deployments.
    const otherDir = mkdtempSync(join(tmpdir(), "alubot-store-"));
    const c = createSqliteStores({ dataDir: otherDir, retentionDays: 30 });
    expect(c.hashUserId("slack", "U123")).not.toBe(h1);
    c.close();
    rmSync(otherDir, { recursive: true, force: true });
  });

  it("round-trips audit records in time order with citations", () => {
    const s = openStores();
    const ids = [3, 1, 2].map((n) => s.audit.append(makeAuditRecord(n)));
    expect(new Set(ids).size).toBe(3);
    const rows = [...s.audit.iterate()];
    expect(rows.map((r) => r.question)).toEqual([1, 2, 3].map((n) => makeAuditRecord(n).question));
    const { id, ...first } = rows[0]!;
    expect(id).toBe(ids[1]);
    expect(first).toEqual(makeAuditRecord(1));
    expect([...s.audit.iterate(makeAuditRecord(2).at)].length).toBe(2);
  });

  it("stores conversations with pending check state, bounded in turns, count and age", async () => {
    const s = openStores({ conversationBounds: { maxTurns: 3, maxConversations: 50, maxAgeMs: DAY } });
    const state = (id: string, turns: number): ConversationState => ({
      id,
      turns: Array.from({ length: turns }, (_, i) => ({ role: i % 2 ? "assistant" : "user", text: `t${i}`, clauseIds: [`3.${i}`], at: clock })),
      pendingCheck: { capacityTons: 100000, zone: null },
      updatedAt: clock,
    });
    await s.conversations.save(state("a", 5));
    const got = (await s.conversations.get("a"))!;
    expect(got.turns.map((t) => t.text)).toEqual(["t2", "t3", "t4"]);
    expect(got.pendingCheck).toEqual({ capacityTons: 100000, zone: null });
    await s.conversations.delete("a");
    expect(await s.conversations.get("a")).toBeUndefined();

    await s.conversations.save(state("old", 1));
    clock += DAY + 1;
    expect(await s.conversations.get("old")).toBeUndefined();

    for (let i = 0; i < 200; i++) await s.conversations.save({ ...state(`c${i}`, 1), updatedAt: clock + i });
    const n = (s.db.prepare("SELECT count(*) AS n FROM conversations").get() as { n: number }).n;
    expect(n).toBeLessThanOrEqual(150); // trimmed to 50 at the 100th save, then 100 more
    expect(await s.conversations.get("c199")).toBeDefined();
    expect(await s.conversations.get("c0")).toBeUndefined();
  });

  it("prunes audit and feedback older than the retention period", async () => {
    const s = openStores({ retentionDays: 10 });
    s.audit.append(makeAuditRecord(1, clock - 11 * DAY));
    s.audit.append(makeAuditRecord(2, clock - 9 * DAY));
    const fb = { platform: "slack", channelId: "C1", userHash: "h", question: "q", answer: "a", citations: [] };
    await s.feedback.saveFeedback({ ...fb, at: clock - 11 * DAY, rating: "up" });
    await s.feedback.saveFeedback({ ...fb, at: clock, rating: "down" });
    expect(s.prune()).toMatchObject({ audit: 1, feedback: 1 });
    expect(s.audit.count()).toBe(1);
    expect(s.feedback.count()).toBe(1);
  });

  it("refuses a database written by a newer schema instead of damaging it", () => {
    const s = openStores();
    s.db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    s.close();
    expect(() => openStores()).toThrow(/newer/);
  });
});
