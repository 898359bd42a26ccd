import { describe, expect, it } from "vitest";
import { discordConversationId, stripBotMention } from "../../src/adapters/discord/discord-conversation-id.js";
import { cleanInput } from "../../src/safety/clean-input.js";

describe("discord conversation ids", () => {
  it("one per thread and per DM; per user in a plain channel", () => {
    const base = { guildId: "g", channelId: "c", userId: "u1" };
    expect(discordConversationId({ ...base, isThread: true })).toBe(discordConversationId({ ...base, userId: "u2", isThread: true }));
    expect(discordConversationId({ ...base, isThread: false })).not.toBe(discordConversationId({ ...base, userId: "u2", isThread: false }));
    expect(discordConversationId({ ...base, guildId: null, isThread: false })).toBe("discord:dm/c");
  });

  it("strips both mention forms of the bot only", () => {
    expect(stripBotMention("<@42> 三（三） <@!42> <@7>", "42")).toBe("三（三） <@7>");
  });

  it("leaves other markup to the guard's hygiene, which removes mentions, channels and custom emoji", () => {
    const adapted = stripBotMention("<@42> <:alu:123456> 三（三） <#998877> <@!7> 讲了什么？", "42");
    expect(adapted).toBe("<:alu:123456> 三（三） <#998877> <@!7> 讲了什么？");
    expect(cleanInput(adapted, { maxChars: 2000 })).toEqual({ ok: true, text: "三（三） 讲了什么？" });
  });
});
