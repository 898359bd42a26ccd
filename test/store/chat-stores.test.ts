import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMemoryButtonPayloadStore, type ButtonPayloadStore } from "../../src/store/button-payload-store.js";
import { createMemoryEventDedupeStore, type EventDedupeStore } from "../../src/store/event-dedupe-store.js";
import { createResilientChatStores, type AttemptValue } from "../../src/store/resilient-chat-stores.js";
import { createSqliteStores, type SqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";

let dataDir: string;
let clock = 1_000_000;
const now = () => clock;
const opened: SqliteStores[] = [];
const openSqlite = () => {
  const s = createSqliteStores({ dataDir, retentionDays: 30, now });
  opened.push(s);
  return s;
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "alubot-chat-store-"));
  clock = 1_000_000;
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The same contract for every implementation (the PostgreSQL one implements it too). */
function dedupeContract(name: string, make: () => EventDedupeStore) {
  it(`${name}: claims a key once within its ttl, again after it expired`, async () => {
    const store = make();
    expect(await store.claim("slack:T:Ev1", 1000)).toBe(true);
    expect(await store.claim("slack:T:Ev1", 1000)).toBe(false);
    expect(await store.claim("slack:T:Ev2", 1000)).toBe(true);
    clock += 999;
    expect(await store.claim("slack:T:Ev1", 1000)).toBe(false);
    clock += 1;
    expect(await store.claim("slack:T:Ev1", 1000)).toBe(true);
    expect(await store.claim("slack:T:Ev1", 1000)).toBe(false);
  });
}

function payloadContract(name: string, make: () => ButtonPayloadStore) {
  it(`${name}: returns what was put, a copy, until the ttl ends`, async () => {
    const store = make();
    const payload = { question: "三（四）讲了什么？", nested: { n: 1, list: ["a"] } };
    await store.put("id-1", payload, 1000);
    payload.nested.n = 2;
    expect(await store.get("id-1")).toEqual({ question: "三（四）讲了什么？", nested: { n: 1, list: ["a"] } });
    expect(await store.get("unknown")).toBeUndefined();
    await store.put("id-1", { replaced: true }, 1000);
    expect(await store.get("id-1")).toEqual({ replaced: true });
    clock += 1000;
    expect(await store.get("id-1")).toBeUndefined();
  });
}

describe("event dedupe and button payload stores", () => {
  dedupeContract("memory", () => createMemoryEventDedupeStore({ now }));
  dedupeContract("sqlite", () => openSqlite().eventDedupe);
  payloadContract("memory", () => createMemoryButtonPayloadStore({ now }));
  payloadContract("sqlite", () => openSqlite().buttonPayloads);

  it("sqlite: claims and payloads survive reopening the database (a restart)", async () => {
    const a = openSqlite();
    expect(await a.eventDedupe.claim("slack:T:Ev9", 60_000)).toBe(true);
    await a.buttonPayloads.put("p1", { answer: "〔三（三）〕" }, 60_000);
    a.close();
    const b = openSqlite();
    expect(await b.eventDedupe.claim("slack:T:Ev9", 60_000)).toBe(false);
    expect(await b.buttonPayloads.get("p1")).toEqual({ answer: "〔三（三）〕" });
  });

  it("sqlite: the sweep deletes only expired rows, and runs by itself as writes accumulate", async () => {
    const s = openSqlite();
    await s.eventDedupe.claim("old", 10);
    await s.eventDedupe.claim("live", 10_000);
    await s.buttonPayloads.put("old", {}, 10);
    await s.buttonPayloads.put("live", {}, 10_000);
    clock += 10;
    expect(s.eventDedupe.sweep()).toBe(1);
    expect(s.buttonPayloads.sweep()).toBe(1);
    const count = (table: string) => (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count("event_dedupe")).toBe(1);
    expect(count("button_payloads")).toBe(1);
    for (let i = 0; i < 300; i++) await s.eventDedupe.claim(`k${i}`, 5);
    clock += 5;
    for (let i = 0; i < 300; i++) await s.eventDedupe.claim(`j${i}`, 60_000);
    // Every 200 claims sweep: the 300 expired k-keys are gone without an explicit sweep.
    expect(count("event_dedupe")).toBe(301);
  });

  it("memory: bounded, the oldest go first", async () => {
    const dedupe = createMemoryEventDedupeStore({ max: 3, now });
    for (const k of ["a", "b", "c", "d"]) await dedupe.claim(k, 60_000);
    expect(dedupe.size()).toBe(3);
    expect(await dedupe.claim("a", 60_000)).toBe(true);
    expect(await dedupe.claim("d", 60_000)).toBe(false);
    const payloads = createMemoryButtonPayloadStore({ max: 2, now });
    for (const k of ["a", "b", "c"]) await payloads.put(k, k, 60_000);
    expect(payloads.size()).toBe(2);
    expect(await payloads.get("a")).toBeUndefined();
    expect(await payloads.get("c")).toBe("c");
  });

  it("the 👎 reason is stored with the feedback and read back", async () => {
    const s = openSqlite();
    const base = { at: clock, platform: "slack", channelId: "C1", userHash: "h", question: "q", answer: "a", citations: [] };
    await s.feedback.saveFeedback({ ...base, rating: "down", reason: "引用不对" });
    await s.feedback.saveFeedback({ ...base, rating: "up" });
    expect(s.feedback.list().map((r) => r.reason)).toEqual(["引用不对", undefined]);
  });

  it("resilient: a database that fails falls back to memory, counted, and payloads written then are read from memory", async () => {
    const failures: string[] = [];
    const broken = {
      eventDedupe: { claim: async () => { throw new Error("disk full"); } },
      buttonPayloads: { put: async () => { throw new Error("disk full"); }, get: async () => { throw new Error("disk full"); } },
    };
    // The resilient layer's attempt policy, as resilient-stores.ts applies it: a throw is counted and means "use memory".
    const attempt: AttemptValue = async (store, op) => {
      try {
        return { value: await op() };
      } catch {
        failures.push(store);
        return undefined;
      }
    };
    const stores = createResilientChatStores(broken, attempt);
    expect(await stores.eventDedupe.claim("e", 60_000)).toBe(true);
    expect(await stores.eventDedupe.claim("e", 60_000)).toBe(false);
    await stores.buttonPayloads.put("p", { ok: 1 }, 60_000);
    expect(await stores.buttonPayloads.get("p")).toEqual({ ok: 1 });
    expect(await stores.buttonPayloads.get("other")).toBeUndefined();
    expect(failures).toEqual(["dedupe", "dedupe", "buttons", "buttons"]);
  });
});
