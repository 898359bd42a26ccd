import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { createStartCommand } from "../../src/cli/commands/start-command.js";
import type { CliIo } from "../../src/cli/cli-command.js";
import { loadConfig } from "../../src/config/app-config.js";
import type { Engine } from "../../src/engine/engine.js";
import { createAdapterTestKit } from "../helpers/adapter-test-kit.js";
import { botUser, FAKE_DISCORD, humanUser, messageObject, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";
import { startFakeSlackApi, type FakeSlackApi } from "../helpers/fake-slack-api.js";
import { startGatedHttpProxy } from "../helpers/gated-http-proxy.js";
import { directMessage } from "../slack/slack-fixtures.js";

const kit = createAdapterTestKit();
let slack: FakeSlackApi;
let discord: FakeDiscord;

beforeAll(async () => {
  [slack, discord] = await Promise.all([startFakeSlackApi(), startFakeDiscord()]);
});
afterAll(async () => {
  await slack?.close();
  await discord?.close();
});

function captureIo(): CliIo & { err: () => string } {
  const stderr = new PassThrough();
  let text = "";
  stderr.on("data", (c: Buffer) => (text += c.toString("utf8")));
  return { stdout: new PassThrough(), stderr, stdin: new PassThrough(), err: () => text };
}

function appWith(env: NodeJS.ProcessEnv, engine: Engine): App {
  // A fresh data dir: the store remembers handled Slack event ids, so a shared one would make a
  // second run see this run's events as redeliveries.
  const dataDir = mkdtempSync(join(tmpdir(), "alubot-start-cmd-"));
  return { ...createApp(loadConfig({ ALUBOT_LOG_LEVEL: "silent", ALUBOT_DATA_DIR: dataDir, ...env })), engine: () => engine };
}

// Start-up creates the engine and connects both fake platforms; on a loaded 2-core CI machine that has
// been seen to take over 5 s, so wait up to 15 s (below the 20 s test timeout) — a hang still fails.
async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("alubot start", () => {
  it("with Slack and Discord variables starts both, answers on both, and shuts down cleanly", async () => {
    let signal!: (s: string) => void;
    const command = createStartCommand({
      runTerminalChat: async () => expect.unreachable("terminal must not start when platforms are configured"),
      waitForShutdown: () => new Promise((resolve) => (signal = resolve)),
    });
    const io = captureIo();
    const app = appWith({
      SLACK_BOT_TOKEN: "xoxb-start", SLACK_APP_TOKEN: "xapp-start", SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: "discord-start", DISCORD_APPLICATION_ID: FAKE_DISCORD.appId, DISCORD_API_URL: discord.apiUrl,
    }, kit.engine);
    const exit = command.run({ app, positionals: [], options: {}, json: false, io });
    await waitUntil(() => io.err().includes("alubot 已启动"));
    expect(io.err()).toContain("Slack（Socket 模式）、Discord");
    expect(io.err()).not.toMatch(/xoxb|xapp|discord-start/);

    await slack.socketConnected();
    await slack.sendEnvelope("events_api", directMessage("三（四）讲了什么？", "1700000500.000100"));
    await slack.waitForCall("chat.update");
    const id = "700000000000000001";
    discord.dispatch("MESSAGE_CREATE", messageObject(id, FAKE_DISCORD.channelId, humanUser, `<@${FAKE_DISCORD.botId}> 三（五）讲了什么？`, [], FAKE_DISCORD.guildId, [botUser]));
    // Answered in the thread opened on the mention (the fake names it `${id}1`).
    await discord.waitForCall("POST", new RegExp(`^/channels/${id}1/messages$`));

    // A reply still in flight when the signal arrives is finished before the sockets close.
    kit.engine.delayNext(300);
    await slack.sendEnvelope("events_api", directMessage("三（三）讲了什么？", "1700000501.000100"));
    await waitUntil(() => kit.engine.calls.length === 3);
    signal("SIGTERM");
    await expect(exit).resolves.toBe(0);
    expect(slack.callsTo("chat.update").some((c) => JSON.stringify(c.body.blocks).includes("三（三）"))).toBe(true);
    expect(io.err()).toContain("alubot 已停止");
  });

  it("with no platform variables runs the terminal chat with the engine", async () => {
    const seen: Engine[] = [];
    const command = createStartCommand({
      runTerminalChat: async (engine) => void seen.push(engine),
      waitForShutdown: () => new Promise(() => undefined),
    });
    const io = captureIo();
    const code = await command.run({ app: appWith({}, kit.engine), positionals: [], options: {}, json: false, io });
    expect(code).toBe(0);
    expect(seen).toEqual([kit.engine]);
    // The chat's own banner says it is the terminal; no second start-up line lands after its prompt.
    expect(io.err()).not.toContain("alubot 已启动");
  });

  it("reports a platform that cannot start, in Chinese, with exit code 1", async () => {
    const command = createStartCommand({ runTerminalChat: async () => undefined, waitForShutdown: () => new Promise(() => undefined) });
    const io = captureIo();
    slack.failNext("auth.test", 1, { error: "invalid_auth" });
    const app = appWith({ SLACK_BOT_TOKEN: "xoxb-x", SLACK_APP_TOKEN: "xapp-x", SLACK_API_URL: slack.apiUrl }, kit.engine);
    const code = await command.run({ app, positionals: [], options: {}, json: false, io });
    expect(code).toBe(1);
    expect(io.err()).toMatch(/错误：Slack 启动失败：.*invalid_auth/);
    expect(io.err()).not.toContain("xoxb-x");
  });

  it("reports readiness per transport on /healthz: 503 until connected, 503 while the Slack socket reconnects, closed on shutdown", async () => {
    // apps.connections.open is held at start and again after the drop, so each "not ready" state is observed, not raced.
    const gate = await startGatedHttpProxy(slack.apiUrl, (path) => path.includes("apps.connections.open"));
    let signal!: (s: string) => void;
    const command = createStartCommand({ runTerminalChat: async () => undefined, waitForShutdown: () => new Promise((resolve) => (signal = resolve)) });
    const io = captureIo();
    const app = appWith({
      SLACK_BOT_TOKEN: "xoxb-ready", SLACK_APP_TOKEN: "xapp-ready", SLACK_API_URL: `${gate.url}/api/`,
      DISCORD_TOKEN: "discord-ready", DISCORD_APPLICATION_ID: FAKE_DISCORD.appId, DISCORD_API_URL: discord.apiUrl,
      ALUBOT_METRICS_PORT: "0",
    }, kit.engine);
    const exit = command.run({ app, positionals: [], options: {}, json: false, io });
    try {
      await waitUntil(() => /healthz/.test(io.err()));
      const port = io.err().match(/127\.0\.0\.1:(\d+)\/healthz/)![1];
      const health = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        return { http: res.status, ...((await res.json()) as { ready: boolean; transports: Record<string, { ready: boolean }> }) };
      };
      expect(await health()).toMatchObject({ http: 503, ready: false, transports: { slack: { ready: false }, discord: { ready: false } } });

      gate.release();
      await waitUntil(() => io.err().includes("alubot 已启动"));
      expect(await health()).toMatchObject({ http: 200, ready: true, transports: { slack: { ready: true }, discord: { ready: true } } });

      gate.arm();
      slack.dropSockets();
      await waitFor(async () => (await health()).http === 503);
      expect(await health()).toMatchObject({ ready: false, transports: { slack: { ready: false }, discord: { ready: true } } });
      gate.release();
      await waitFor(async () => (await health()).http === 200);

      signal("SIGTERM");
      await expect(exit).resolves.toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    } finally {
      gate.release();
      await gate.close();
    }
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
