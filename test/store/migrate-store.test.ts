import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStores } from "../../src/store/postgres/open-postgres-stores.js";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { runCliCaptured } from "../helpers/run-cli-captured.js";
import { createTestDatabase, pgServerUrl, pgSkipReason, type TestDatabase } from "../helpers/postgres-db.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";

const dataDir = mkdtempSync(join(tmpdir(), "alubot-migrate-"));
let target: TestDatabase;
let saltHash = "";

describe.skipIf(!pgServerUrl)("alubot migrate-store and export on PostgreSQL", () => {
  beforeAll(async () => {
    target = await createTestDatabase();
    const s = createSqliteStores({ dataDir, retentionDays: 36500 });
    for (let n = 1; n <= 1203; n++) s.audit.append(makeAuditRecord(n)); // more than one insert batch
    await s.feedback.saveFeedback({ at: 1_700_000_000_500, platform: "slack", channelId: "C1", userHash: s.hashUserId("slack", "U1"), rating: "down", question: "问", answer: "答", citations: [], reason: "引用不对" });
    await s.buttonPayloads.put("btn-live", { question: "问", answer: "答" }, 3600_000);
    await s.buttonPayloads.put("btn-expired", { question: "旧" }, 1);
    await s.eventDedupe.claim("slack:T:Ev-before-move", 3600_000);
    await s.conversations.save({ id: "slack:T/C/1.1", turns: [{ role: "user", text: "电解铝项目", clauseIds: [], at: Date.now() }], pendingCheck: { projectType: "电解铝" }, updatedAt: Date.now() });
    saltHash = s.hashUserId("slack", "U1");
    s.close();
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await target?.drop();
  });

  it("copies audit, feedback, conversations (with pending checks) and the salt; refuses to copy twice", async () => {
    const run = await runCliCaptured(["migrate-store", "--from", `sqlite:${join(dataDir, "alubot.db")}`, "--to", target.url]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("审计记录 1203 条，反馈 1 条，会话 1 个");
    const pg = await openPostgresStores({ url: target.url, retentionDays: 36500 });
    try {
      expect(await pg.audit.count()).toBe(1203);
      const first = (await pg.audit.iterate()[Symbol.asyncIterator]().next()).value!;
      const { id: _id, ...rest } = first;
      expect(rest).toEqual(makeAuditRecord(1));
      expect((await pg.feedback.list())[0]).toMatchObject({ rating: "down", userHash: saltHash, reason: "引用不对" });
      // A button on an answer posted before the move still works; a Slack retry of an event handled before it is still dropped.
      expect(await pg.buttonPayloads.get("btn-live")).toEqual({ question: "问", answer: "答" });
      expect((await pg.pool.query("SELECT id FROM button_payloads WHERE id = 'btn-expired'")).rowCount).toBe(0);
      expect(await pg.eventDedupe.claim("slack:T:Ev-before-move", 60_000)).toBe(false);
      expect((await pg.conversations.get("slack:T/C/1.1"))?.pendingCheck).toEqual({ projectType: "电解铝" });
      // Same salt: a user keeps the same pseudonym before and after the move.
      expect(pg.hashUserId("slack", "U1")).toBe(saltHash);
    } finally {
      await pg.close();
    }
    const again = await runCliCaptured(["migrate-store", "--from", `sqlite:${dataDir}`, "--to", target.url]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("已有审计、反馈或会话记录");
  });

  it("`alubot export` with DATABASE_URL reads PostgreSQL", async () => {
    const run = await runCliCaptured(["export", "--format", "jsonl", "--since", "2023-11-14T22:13:21Z"], { env: { DATABASE_URL: target.url } });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { question: string; at: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(1203);
    expect(lines.every((l) => l.at >= "2023-11-14T22:13:21.000Z")).toBe(true);
    expect(run.stderr).toMatch(/已导出 \d+ 条审计记录（PostgreSQL 127\.0\.0\.1:\d+\/alubot_test_\w+，所有副本）/);
    const feedback = await runCliCaptured(["export", "--feedback", "--format", "jsonl"], { env: { DATABASE_URL: target.url } });
    expect(feedback.code).toBe(0);
    expect(feedback.stdout.trim().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual([expect.objectContaining({ rating: "down", reason: "引用不对" })]);
  });

  it("rejects bad arguments as usage errors", async () => {
    expect((await runCliCaptured(["migrate-store", "--from", "mysql://x", "--to", target.url])).code).toBe(2);
    expect((await runCliCaptured(["migrate-store", "--from", `sqlite:${dataDir}`, "--to", "mysql://x"])).code).toBe(2);
    expect((await runCliCaptured(["migrate-store", "--from", `sqlite:${dataDir}/nowhere`, "--to", target.url])).stderr).toContain("找不到 alubot.db");
  });
});

describe.skipIf(pgServerUrl)("alubot migrate-store (skipped)", () => {
  it.skip(pgSkipReason || "PostgreSQL 不可用", () => undefined);
});
