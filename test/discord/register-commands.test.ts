import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommandDefinitions, type CommandDefinition } from "../../src/adapters/discord/command-definitions.js";
import { registerDiscordCommands } from "../../src/adapters/discord/register-discord-commands.js";
import { FAKE_DISCORD, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";

let fake: FakeDiscord;
beforeAll(async () => void (fake = await startFakeDiscord()));
afterAll(async () => fake?.close());

const config = () => ({ token: "discord-test-token", applicationId: FAKE_DISCORD.appId, guildId: undefined as string | undefined, apiUrl: fake.apiUrl });

describe("alubot register-commands", () => {
  it("PUTs the slash commands and the 问 alubot message command with Chinese localizations, guild-scoped when a guild id is set", async () => {
    const result = await registerDiscordCommands({ ...config(), guildId: FAKE_DISCORD.guildId }, { retries: 0 });
    expect(result).toEqual({ scope: "guild", names: ["ask", "clause", "check", "departments", "targets", "new", "help", "问 alubot"] });
    const put = await fake.waitForCall("PUT", new RegExp(`^/applications/${FAKE_DISCORD.appId}/guilds/${FAKE_DISCORD.guildId}/commands$`));
    expect(put.authorization).toBe("Bot discord-test-token");
    const ask = put.body.find((c: any) => c.name === "ask");
    expect(ask.name_localizations["zh-CN"]).toBe("提问");
    expect(ask.options).toEqual([expect.objectContaining({ name: "question", type: 3, required: true, name_localizations: expect.objectContaining({ "zh-CN": "问题" }) })]);
    expect(put.body.find((c: any) => c.name === "check").options[0].name).toBe("description");
    expect(put.body.find((c: any) => c.name === "departments").options[0].name).toBe("query");
    expect(put.body.find((c: any) => c.name === "targets").options ?? []).toEqual([]);
    // /clause offers autocomplete from the clause list; the others take free text.
    expect(put.body.find((c: any) => c.name === "clause").options[0]).toMatchObject({ name: "clause", autocomplete: true });
    expect(put.body.find((c: any) => c.name === "check").options[0].autocomplete).toBeFalsy();
    // A message context-menu command (type 3): no description, no options.
    const menu = put.body.find((c: any) => c.name === "问 alubot");
    expect(menu).toMatchObject({ type: 3, name_localizations: { "zh-CN": "问 alubot", "zh-TW": "問 alubot" } });
    expect(menu.description ?? "").toBe("");
    expect(put.body.filter((c: any) => c.type === 1 || c.type === undefined)).toHaveLength(7);
  });

  it("localizes every name and description for zh-TW in traditional characters", () => {
    // Simplified-only characters that occur in the zh-CN texts; none may appear in a zh-TW text.
    const SIMPLIFIED = [..."问关于进铝产业质发导见题项么条个责门标编号输检准类点规况询负对话开帮"];
    const localized = (c: { name_localizations?: unknown; description_localizations?: unknown }) =>
      [c.name_localizations, c.description_localizations].filter(Boolean) as Record<string, string>[];
    const all = buildCommandDefinitions().flatMap((c: CommandDefinition) => [
      ...localized(c),
      ...("options" in c ? (c.options ?? []).flatMap((o) => localized(o)) : []),
    ]);
    expect(all.length).toBeGreaterThan(20);
    for (const l of all) {
      const cn = l["zh-CN"]!;
      const tw = l["zh-TW"]!;
      expect(tw, cn).toBeTruthy();
      expect(SIMPLIFIED.filter((ch) => tw.includes(ch)), tw).toEqual([]);
      if (SIMPLIFIED.some((ch) => cn.includes(ch))) expect(tw).not.toBe(cn);
    }
    const check = buildCommandDefinitions().find((c) => c.name === "check")!;
    expect(check.name_localizations).toEqual({ "zh-CN": "项目检查", "zh-TW": "項目檢查" });
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
      if (!("description" in c)) continue;
      expect(c.description).toMatch(/[\u4e00-\u9fff]/);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});
