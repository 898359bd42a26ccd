import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { loadConfig } from "../../src/config/app-config.js";
import type { Engine } from "../../src/engine/engine.js";
import { createTestDatabase, pgServerUrl, pgSkipReason, type TestDatabase } from "../helpers/postgres-db.js";

const answering: Engine = {
  handle: async (i) => ({ kind: "answer", answer: "好", citations: [], departments: [], outOfScope: false, mode: "offline", followUps: [], conversationId: i.conversationId, report: null }),
};

describe.skipIf(!pgServerUrl)("replicas share rate limits and the user pseudonym through PostgreSQL", () => {
  let db: TestDatabase;
  let a: App;
  let b: App;
  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, ALUBOT_LOG_LEVEL: "silent", ALUBOT_RATE_USER_PER_MIN: "2", ALUBOT_RATE_CHANNEL_PER_MIN: "100" };
    [a, b] = [createApp(loadConfig(env)), createApp(loadConfig(env))];
    await Promise.all([a.openStores(), b.openStores()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it("a user's per-minute budget is one budget across replicas", async () => {
    const ask = (app: App) => app.guardEngine(answering).handle({ text: "再生铝", conversationId: "c", userId: "U-limited", platform: "slack", channelId: "C1" });
    expect((await ask(a)).answer).toBe("好");
    expect((await ask(b)).answer).toBe("好");
    const third = await ask(a);
    expect(third.kind).toBe("error");
    expect(third.answer).toContain("秒");
    // Another user is unaffected.
    expect((await b.guardEngine(answering).handle({ text: "再生铝", conversationId: "d", userId: "U-other", platform: "slack", channelId: "C1" })).answer).toBe("好");
  });

  it("both replicas pseudonymize a user identically, and report the shared store in health", () => {
    expect(a.stores().hashUserId("slack", "U1")).toBe(b.stores().hashUserId("slack", "U1"));
    expect(a.stores().backend()).toBe("postgres");
    expect(a.stores().health()).toMatchObject({ status: "ok", details: { store: "postgres" } });
  });

  it("stores() before openStores() is a wiring error, not a silent second store", () => {
    const c = createApp(loadConfig({ DATABASE_URL: db.url, ALUBOT_LOG_LEVEL: "silent" }));
    expect(() => c.stores()).toThrow(/openStores/);
  });
});

describe.skipIf(pgServerUrl)("replicas share state (skipped)", () => {
  it.skip(pgSkipReason || "PostgreSQL 不可用", () => undefined);
});
