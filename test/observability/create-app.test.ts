import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { loadConfig } from "../../src/config/app-config.js";
import type { Engine } from "../../src/engine/engine.js";

let app: App | undefined;
let dataDir: string | undefined;
afterEach(() => {
  app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("createApp reliability factories", () => {
  it("wires the guarded engine to the SQLite audit, metrics and the metrics server", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "alubot-app-"));
    app = createApp(loadConfig({ ALUBOT_DATA_DIR: dataDir, ALUBOT_METRICS_PORT: "0", ALUBOT_LOG_LEVEL: "silent" }));
    const engine: Engine = {
      handle: async (i) => ({ kind: "answer", answer: "好", citations: [], departments: [], outOfScope: false, mode: "offline", followUps: [], conversationId: i.conversationId, report: null }),
    };
    const guarded = app.guardEngine(engine);
    await guarded.handle({ text: "再生铝", conversationId: "c", userId: "U1", platform: "discord", channelId: "D1" });
    await app.stores().feedback.saveFeedback({ at: Date.now(), platform: "discord", channelId: "D1", userHash: "h", rating: "up", question: "q", answer: "a", citations: [] });
    expect(app.stores().backend()).toBe("sqlite");
    const server = await app.startMetricsServer();
    try {
      const body = await (await fetch(`http://127.0.0.1:${server!.port}/metrics`)).text();
      expect(body).toContain('alubot_questions_total{platform="discord",kind="answer"} 1');
      expect(body).toContain('alubot_feedback_total{rating="up"} 1');
      const health = await (await fetch(`http://127.0.0.1:${server!.port}/healthz`)).json();
      expect(health).toMatchObject({ status: "ok", details: { store: "sqlite" } });
    } finally {
      await server?.close();
    }
    app.close();
    const { createSqliteStores } = await import("../../src/store/sqlite/create-sqlite-stores.js");
    const reopened = createSqliteStores({ dataDir, retentionDays: 180 });
    expect([...reopened.audit.iterate()].map((r) => r.question)).toEqual(["再生铝"]);
    reopened.close();
  });

  it("keeps answering with an unusable data dir and reports itself degraded", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "alubot-app-"));
    const blocker = join(dataDir, "not-a-dir");
    writeFileSync(blocker, "x");
    app = createApp(loadConfig({ ALUBOT_DATA_DIR: join(blocker, "data"), ALUBOT_METRICS_PORT: "0", ALUBOT_LOG_LEVEL: "silent" }));
    const engine: Engine = {
      handle: async (i) => ({ kind: "answer", answer: "照常回答", citations: [], departments: [], outOfScope: false, mode: "offline", followUps: [], conversationId: i.conversationId, report: null }),
    };
    const reply = await app.guardEngine(engine).handle({ text: "再生铝", conversationId: "c", userId: "U1", platform: "slack", channelId: "C1" });
    expect(reply.answer).toBe("照常回答");
    expect(app.stores().backend()).toBe("memory");
    const server = await app.startMetricsServer();
    try {
      const health = await (await fetch(`http://127.0.0.1:${server!.port}/healthz`)).json();
      expect(health).toMatchObject({ status: "degraded", details: { store: "memory-fallback" } });
    } finally {
      await server?.close();
    }
  });

  it("starts no metrics server without a port", async () => {
    app = createApp(loadConfig({ ALUBOT_LOG_LEVEL: "silent" }));
    expect(await app.startMetricsServer()).toBeNull();
  });
});
