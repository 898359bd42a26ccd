import { describe, expect, it } from "vitest";
import { selectTransports, startTransports, type RunningTransport, type TransportName, type TransportStarters } from "../../src/app/start-transports.js";
import { TransportStartError } from "../../src/app/transport-start-error.js";
import { loadConfig } from "../../src/config/app-config.js";
import { createRecordingLogger } from "../helpers/recording-logger.js";

const SLACK_SOCKET = { SLACK_BOT_TOKEN: "xoxb-secret-1", SLACK_APP_TOKEN: "xapp-secret-1" };
const SLACK_HTTP = { SLACK_BOT_TOKEN: "xoxb-secret-1", SLACK_SIGNING_SECRET: "sign-secret", SLACK_PORT: "3999" };
const DISCORD = { DISCORD_TOKEN: "discord-secret", DISCORD_APPLICATION_ID: "123", DISCORD_GUILD_ID: "456" };

/** Starters that record what they were asked to start, optionally failing one platform. */
function recordingStarters(failing?: TransportName) {
  const started: { name: TransportName; config: unknown }[] = [];
  const stopped: TransportName[] = [];
  const make = (name: TransportName) => async (config?: unknown): Promise<RunningTransport> => {
    if (name === failing) throw new Error("连接被拒绝");
    started.push({ name, config });
    return { name, label: name, stop: async () => void stopped.push(name) };
  };
  const starters: TransportStarters = { slack: make("slack"), discord: make("discord"), terminal: () => make("terminal")() };
  return { starters, started, stopped };
}

describe("startup wiring from environment variables", () => {
  it("only Slack variables → Slack alone (Socket Mode when an app token is set)", async () => {
    const config = loadConfig(SLACK_SOCKET);
    const { starters, started } = recordingStarters();
    await startTransports(config, starters, createRecordingLogger());
    expect(started.map((s) => s.name)).toEqual(["slack"]);
    expect(started[0]!.config).toMatchObject({ mode: "socket", botToken: "xoxb-secret-1", appToken: "xapp-secret-1" });
  });

  it("Slack signing secret + port → HTTP mode", () => {
    expect(loadConfig(SLACK_HTTP).slack).toMatchObject({ mode: "http", port: 3999 });
  });

  it("only Discord variables → Discord alone, with the guild for command scope", async () => {
    const config = loadConfig(DISCORD);
    const { starters, started } = recordingStarters();
    await startTransports(config, starters, createRecordingLogger());
    expect(started).toEqual([{ name: "discord", config: { token: "discord-secret", applicationId: "123", guildId: "456", apiUrl: undefined } }]);
  });

  it("both → both platforms, no terminal; the log names them without any token", async () => {
    const config = loadConfig({ ...SLACK_SOCKET, ...DISCORD });
    const { starters, started } = recordingStarters();
    const logger = createRecordingLogger();
    const running = await startTransports(config, starters, logger);
    expect(running.map((r) => r.name)).toEqual(["slack", "discord"]);
    expect(started.map((s) => s.name)).toEqual(["slack", "discord"]);
    const logged = JSON.stringify(logger.entries);
    expect(logged).toContain('"transports":["slack","discord"]');
    for (const secret of ["xoxb-secret-1", "xapp-secret-1", "discord-secret"]) expect(logged).not.toContain(secret);
  });

  it("none → the terminal chat", async () => {
    const config = loadConfig({});
    expect(selectTransports(config)).toEqual(["terminal"]);
    const { starters, started } = recordingStarters();
    await startTransports(config, starters, createRecordingLogger());
    expect(started.map((s) => s.name)).toEqual(["terminal"]);
  });

  it("a platform that fails to start stops the ones already running and reports which one failed", async () => {
    const config = loadConfig({ ...SLACK_SOCKET, ...DISCORD });
    const { starters, stopped } = recordingStarters("discord");
    const err = await startTransports(config, starters, createRecordingLogger()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportStartError);
    expect((err as Error).message).toMatch(/^Discord 启动失败：连接被拒绝/);
    expect(stopped).toEqual(["slack"]);
  });

  it("half-configured platforms are rejected with a message naming the missing variable, not a value", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-secret-1" })).toThrow(/SLACK_APP_TOKEN 或 SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ DISCORD_TOKEN: "discord-secret" })).toThrow(/DISCORD_APPLICATION_ID/);
    expect(() => loadConfig({ DISCORD_TOKEN: "discord-secret" })).not.toThrow(/discord-secret/);
  });
});
