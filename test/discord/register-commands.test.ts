import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommandDefinitions } from "../../src/adapters/discord/command-definitions.js";
import { registerDiscordCommands } from "../../src/adapters/discord/register-discord-commands.js";
import { FAKE_DISCORD, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";

let fake: FakeDiscord;
beforeAll(async () => void (fake = await startFakeDiscord()));
afterAll(async () => fake?.close());

const config = () => ({ token: "discord-test-token", applicationId: FAKE_DISCORD.appId, guildId: undefined as string | undefined, apiUrl: fake.apiUrl });

describe("alubot register-commands", () => {
  it("PUTs the six commands with Chinese localizations, guild-scoped when a guild id is set", async () => {
    const result = await registerDiscordCommands({ ...config(), guildId: FAKE_DISCORD.guildId }, { retries: 0 });
    expect(result).toEqual({ scope: "guild", names: ["ask", "clause", "check", "departments", "targets", "help"] });
    const put = await fake.waitForCall("PUT", new RegExp(`^/applications/${FAKE_DISCORD.appId}/guilds/${FAKE_DISCORD.guildId}/commands$`));
    expect(put.authorization).toBe("Bot discord-test-token");
    const ask = put.body.find((c: any) => c.name === "ask");
    expect(ask.name_localizations["zh-CN"]).toBe("提问");
    expect(ask.options).toEqual([expect.objectContaining({ name: "question", type: 3, required: true, name_localizations: expect.objectContaining({ "zh-CN": "问题" }) })]);
    expect(put.body.find((c: any) => c.name === "check").options[0].name).toBe("description");
    expect(put.body.find((c: any) => c.name === "departments").options[0].name).toBe("query");
    expect(put.body.find((c: any) => c.name === "targets").options ?? []).toEqual([]);
  });

  it("registers globally without a guild id", async () => {
    const result = await registerDiscordCommands(config(), { retries: 0 });
    expect(result.scope).toBe("global");
    await fake.waitForCall("PUT", new RegExp(`^/applications/${FAKE_DISCORD.appId}/commands$`));
  });

  it("surfaces a REST failure to the caller", async () => {
    fake.failNext("PUT", /commands$/, 1, 401);
    await expect(registerDiscordCommands(config(), { retries: 0 })).rejects.toThrow();
  });

  it("every description is Chinese and within Discord's 100-char limit", () => {
    for (const c of buildCommandDefinitions()) {
      expect(c.description).toMatch(/[\u4e00-\u9fff]/);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});
