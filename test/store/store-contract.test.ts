import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryRateWindowStore, type RateWindowStore } from "../../src/limits/rate-window-store.js";
import type { AuditLog, AuditRecord } from "../../src/store/audit-log.js";
import { createMemoryButtonPayloadStore, type ButtonPayloadStore } from "../../src/store/button-payload-store.js";
import { createMemoryConversationStore, type ConversationState, type ConversationStore } from "../../src/store/conversation-store.js";
import { createMemoryEventDedupeStore, type EventDedupeStore } from "../../src/store/event-dedupe-store.js";
import type { FeedbackRecord, FeedbackStore } from "../../src/store/feedback-store.js";
import { createMemoryAuditLog, createMemoryFeedbackStore } from "../../src/store/memory-records.js";
import { openPostgresStores } from "../../src/store/postgres/open-postgres-stores.js";
import { createMemoryShardLeaseStore, type ShardLeaseStore } from "../../src/store/shard-lease-store.js";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { sqliteBackend } from "../../src/store/sqlite/sqlite-backend.js";
import { createTestDatabase, pgServerUrl, pgSkipReason, type TestDatabase } from "../helpers/postgres-db.js";
import { makeAuditRecord } from "./fixtures/audit-record.js";

/**
 * The store contract: every backend behaves the same through the interfaces the bot uses. One suite,
 * run against memory, SQLite and PostgreSQL (the last skipped, with the reason, only when no server exists).
 */
interface ContractStores {
  conversations: ConversationStore;
  audit: AuditLog & { all(since?: number): Promise<AuditRecord[]> };
  feedback: FeedbackStore & { all(): Promise<FeedbackRecord[]> };
  /** Shared state only the memory and PostgreSQL backends provide (SQLite serves one process: memory windows). */
  rateWindows: RateWindowStore;
  shardLeases: ShardLeaseStore | null;
  eventDedupe: EventDedupeStore;
  buttonPayloads: ButtonPayloadStore;
  close(): Promise<void>;
}

interface Backend {
  name: string;
  skip: string | false;
  open(): Promise<ContractStores>;
}

const dirs: string[] = [];
let db: TestDatabase | undefined;
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await db?.drop();
});

const backends: Backend[] = [
  {
    name: "memory",
    skip: false,
    async open() {
      const audit = createMemoryAuditLog();
      const feedback = createMemoryFeedbackStore();
      return {
        conversations: createMemoryConversationStore(),
        audit: { record: audit.record, all: async (since = 0) => [...audit.records()].filter((r) => r.at >= since).sort((a, b) => a.at - b.at) },
        feedback: { saveFeedback: feedback.saveFeedback, all: async () => [...feedback.records()] },
        rateWindows: createMemoryRateWindowStore(),
        shardLeases: createMemoryShardLeaseStore(),
        eventDedupe: createMemoryEventDedupeStore(),
        buttonPayloads: createMemoryButtonPayloadStore(),
        close: async () => undefined,
      };
    },
  },
  {
    name: "sqlite",
    skip: false,
    async open() {
      const dataDir = mkdtempSync(join(tmpdir(), "alubot-contract-"));
      dirs.push(dataDir);
      const b = sqliteBackend(createSqliteStores({ dataDir, retentionDays: 36500 }), dataDir);
      return {
        conversations: b.conversations,
        audit: { record: b.audit.record, all: (since) => collect(b.audit.iterate(since)) },
        feedback: { saveFeedback: b.feedback.saveFeedback, all: () => b.feedback.list() },
        rateWindows: createMemoryRateWindowStore(),
        shardLeases: null,
        eventDedupe: b.eventDedupe,
        buttonPayloads: b.buttonPayloads,
        close: () => b.close(),
      };
    },
  },
  {
    name: "postgres",
    skip: pgServerUrl ? false : pgSkipReason,
    async open() {
      db ??= await createTestDatabase();
      const b = await openPostgresStores({ url: db.url, retentionDays: 36500 });
      // One database for the backend's tests: start each from empty tables.
      await b.pool.query("TRUNCATE audit, feedback, conversations, rate_hits, shard_leases, event_dedupe, button_payloads");
      return {
        conversations: b.conversations,
        audit: { record: b.audit.record, all: (since) => collect(b.audit.iterate(since)) },
        feedback: { saveFeedback: b.feedback.saveFeedback, all: () => b.feedback.list() },
        rateWindows: b.rateWindows,
        shardLeases: b.shardLeases,
        eventDedupe: b.eventDedupe,
        buttonPayloads: b.buttonPayloads,
        close: () => b.close(),
      };
    },
  },
];

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const state = (id: string, turns: number, pendingCheck: ConversationState["pendingCheck"] = null): ConversationState => ({
  id,
  turns: Array.from({ length: turns }, (_, i) => ({ role: i % 2 ? "assistant" : "user", text: `第${i}轮`, clauseIds: [`3.${i}`], at: Date.now() })),
  pendingCheck,
  updatedAt: Date.now(),
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`store contract: ${backend.name}`, () => {
    if (backend.skip) it.skip(String(backend.skip), () => undefined);
    let s: ContractStores;
    beforeAll(async () => {
      s = await backend.open();
    });
    afterAll(async () => {
      await s?.close();
    });

    it("conversations: round trip with a pending check, latest save wins, bounded turns, delete", async () => {
      expect(await s.conversations.get("missing")).toBeUndefined();
      await s.conversations.save(state("c1", 2, { projectType: "电解铝", capacityTons: 100000, zone: null }));
      expect(await s.conversations.get("c1")).toMatchObject({ id: "c1", pendingCheck: { projectType: "电解铝", capacityTons: 100000, zone: null } });
      await s.conversations.save(state("c1", 25));
      const got = (await s.conversations.get("c1"))!;
      // Default bound: the newest 20 turns.
      expect(got.turns.map((t) => t.text)).toEqual(Array.from({ length: 20 }, (_, i) => `第${i + 5}轮`));
      expect(got.pendingCheck).toBeNull();
      await s.conversations.delete("c1");
      expect(await s.conversations.get("c1")).toBeUndefined();
    });

    it("audit: every record comes back intact, oldest first, filtered by time", async () => {
      for (const n of [3, 1, 2]) await s.audit.record(makeAuditRecord(n));
      const all = await s.audit.all();
      expect(all.map((r) => r.question)).toEqual([1, 2, 3].map((n) => makeAuditRecord(n).question));
      const { id: _id, ...first } = all[0] as AuditRecord & { id?: number };
      expect(first).toEqual(makeAuditRecord(1));
      expect((await s.audit.all(makeAuditRecord(2).at)).length).toBe(2);
    });

    it("feedback: stored with rating, question, answer and citations", async () => {
      const r: FeedbackRecord = { at: 1_700_000_000_000, platform: "slack", channelId: "C1", userHash: "h1", rating: "down", question: "问", answer: "答", citations: makeAuditRecord(1).citations };
      await s.feedback.saveFeedback(r);
      // The reason a 👎 gave is kept; a record without one reads back without the field.
      const withReason: FeedbackRecord = { ...r, at: r.at + 1, reason: "引用的条款不对" };
      await s.feedback.saveFeedback(withReason);
      expect(await s.feedback.all()).toEqual([r, withReason]);
    });

    it("event dedupe: a key is claimed once within its ttl, and again once it expired", async () => {
      expect(await s.eventDedupe.claim(`slack:T:${backend.name}-1`, 60_000)).toBe(true);
      expect(await s.eventDedupe.claim(`slack:T:${backend.name}-1`, 60_000)).toBe(false);
      expect(await s.eventDedupe.claim(`slack:T:${backend.name}-2`, 60_000)).toBe(true);
      expect(await s.eventDedupe.claim(`slack:T:${backend.name}-short`, 1)).toBe(true);
      await new Promise((r) => setTimeout(r, 5));
      expect(await s.eventDedupe.claim(`slack:T:${backend.name}-short`, 60_000)).toBe(true);
      expect(await s.eventDedupe.claim(`slack:T:${backend.name}-short`, 60_000)).toBe(false);
    });

    it("button payloads: what was put comes back (not the caller's live object), replaced by a later put, absent once expired", async () => {
      const payload = { question: "三（四）讲了什么？", citations: [{ clauseId: "3.4" }], nested: { n: 1 } };
      await s.buttonPayloads.put("b1", payload, 60_000);
      payload.nested.n = 2;
      expect(await s.buttonPayloads.get("b1")).toEqual({ question: "三（四）讲了什么？", citations: [{ clauseId: "3.4" }], nested: { n: 1 } });
      expect(await s.buttonPayloads.get("missing")).toBeUndefined();
      await s.buttonPayloads.put("b1", { replaced: true }, 60_000);
      expect(await s.buttonPayloads.get("b1")).toEqual({ replaced: true });
      await s.buttonPayloads.put("b2", { short: true }, 1);
      await new Promise((r) => setTimeout(r, 5));
      expect(await s.buttonPayloads.get("b2")).toBeUndefined();
    });

    it("rate windows: all or nothing, sliding, with the time until a slot opens", async () => {
      const W = 60_000;
      const t = 1_000_000;
      const user = { key: `user:${backend.name}:a`, limit: 2 };
      const channel = { key: `channel:${backend.name}:c`, limit: 3 };
      expect(await s.rateWindows.acquire([user, channel], W, t)).toEqual({ ok: true });
      expect(await s.rateWindows.acquire([user, channel], W, t + 10_000)).toEqual({ ok: true });
      expect(await s.rateWindows.acquire([user, channel], W, t + 20_000)).toEqual({ ok: false, index: 0, retryAfterMs: 40_000 });
      const other = { key: `user:${backend.name}:b`, limit: 2 };
      expect(await s.rateWindows.acquire([other, channel], W, t + 20_000)).toEqual({ ok: true });
      // The channel is now full; the rejection consumed nothing of user d's own budget.
      const d = { key: `user:${backend.name}:d`, limit: 2 };
      expect(await s.rateWindows.acquire([d, channel], W, t + 30_000)).toMatchObject({ ok: false, index: 1 });
      expect(await s.rateWindows.acquire([d], W, t + 30_000)).toEqual({ ok: true });
      expect(await s.rateWindows.acquire([d], W, t + 30_000)).toEqual({ ok: true });
      expect((await s.rateWindows.acquire([d], W, t + 30_000)).ok).toBe(false);
      // The first hit slides out of the window: user a may ask again.
      expect(await s.rateWindows.acquire([user], W, t + W + 1)).toEqual({ ok: true });
    });

    it.skipIf(backend.name === "sqlite")("shard leases: one owner at a time, renewable, released, taken over after expiry", async () => {
      const leases = s.shardLeases!;
      expect(await leases.acquire(0, "replica-a", 300)).toBe(true);
      expect(await leases.acquire(0, "replica-b", 300)).toBe(false);
      expect(await leases.acquire(1, "replica-b", 300)).toBe(true);
      expect(await leases.acquire(0, "replica-a", 300)).toBe(true); // renewal by the holder
      await new Promise((r) => setTimeout(r, 400));
      expect(await leases.acquire(0, "replica-b", 5000)).toBe(true); // expired: taken over
      expect(await leases.acquire(0, "replica-a", 5000)).toBe(false);
      await leases.release(0, "replica-a"); // not the holder: no effect
      expect(await leases.acquire(0, "replica-a", 5000)).toBe(false);
      await leases.release(0, "replica-b");
      expect(await leases.acquire(0, "replica-a", 5000)).toBe(true);
    });
  });
}
