import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordTransport, type DiscordTransport } from "../../src/adapters/discord/create-discord-transport.js";
import { createAdapterTestKit } from "../helpers/adapter-test-kit.js";
import {
  autocompleteInteraction, botUser, buttonInteraction, FAKE_DISCORD, humanUser, interactionObject, messageCommandInteraction, messageObject,
  modalSubmitInteraction, startFakeDiscord, type DiscordCall, type FakeDiscord,
} from "../helpers/fake-discord.js";

const kit = createAdapterTestKit();
let fake: FakeDiscord;
let transport: DiscordTransport;
let seq = 5_000;
const nextId = () => String(++seq);
const EPHEMERAL = 64;

beforeAll(async () => {
  fake = await startFakeDiscord();
  transport = createDiscordTransport(
    { token: "discord-test-token", applicationId: FAKE_DISCORD.appId, guildId: FAKE_DISCORD.guildId, apiUrl: fake.apiUrl },
    kit.deps,
    { retries: 0, timeoutMs: 2000 },
  );
  const started = transport.start();
  await fake.identified();
  expect((await started).botUserId).toBe(FAKE_DISCORD.botId);
});

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
});

const mentionIn = (channelId: string, text: string) => {
  const id = nextId();
  fake.dispatch("MESSAGE_CREATE", messageObject(id, channelId, humanUser, `<@${FAKE_DISCORD.botId}> ${text}`, [], FAKE_DISCORD.guildId, [botUser]));
  return id;
};
const repliesTo = (id: string) => (c: { body: any }) => c.body?.message_reference?.message_id === id;
/** The fake names a thread started on message `id` `${id}1`. */
const threadOf = (id: string) => `${id}1`;
const customIds = (body: any): string[] => (body.components ?? []).flatMap((r: any) => r.components.map((b: any) => b.custom_id));
const buttonId = (body: any, action: string): string => {
  const id = customIds(body).find((c) => c.startsWith(`alubot:${action}:`));
  if (!id) throw new Error(`no ${action} button in ${JSON.stringify(body.components)}`);
  return id;
};

async function slash(name: string, options: { name: string; value: string }[]) {
  const id = nextId();
  fake.dispatch("INTERACTION_CREATE", interactionObject(id, name, options));
  const defer = await fake.waitForCall("POST", new RegExp(`^/interactions/${id}/tok-${id}/callback$`));
  const edit = await fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`));
  return { id, defer, edit };
}

/** Presses a button on a message whose body (as the bot sent it) is `sent`; resolves with the interaction id. */
function press(customId: string, sent: DiscordCall, flags = EPHEMERAL): string {
  const id = nextId();
  const message = { ...messageObject(nextId(), FAKE_DISCORD.channelId, botUser, sent.body.content ?? "", sent.body.embeds ?? []), flags, components: sent.body.components ?? [] };
  fake.dispatch("INTERACTION_CREATE", buttonInteraction(id, customId, message));
  return id;
}
const callbackOf = (id: string) => fake.waitForCall("POST", new RegExp(`^/interactions/${id}/tok-${id}/callback$`));

describe("Discord (real discord.js, fake REST + gateway)", () => {
  it("identifies without the privileged MessageContent intent", () => {
    const intents = fake.identifies.at(-1)!.intents;
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents & GatewayIntentBits.GuildMessages).toBe(GatewayIntentBits.GuildMessages);
    expect(intents & GatewayIntentBits.DirectMessages).toBe(GatewayIntentBits.DirectMessages);
  });

  it("answers a mention in a plain channel in a thread opened on the message, with an embed that cannot ping anyone", async () => {
    const id = mentionIn(FAKE_DISCORD.channelId, "三（四）讲了什么？");
    const opened = await fake.waitForCall("POST", new RegExp(`^/channels/${FAKE_DISCORD.channelId}/messages/${id}/threads$`));
    expect(opened.body.name).toBe("三（四）讲了什么？");
    const call = await fake.waitForCall("POST", new RegExp(`^/channels/${threadOf(id)}/messages$`));
    const embed = call.body.embeds[0];
    expect(embed.description).toContain("〔三（四）〕");
    expect(embed.fields.some((f: any) => f.name.includes("三（四）"))).toBe(true);
    expect(embed.footer.text).toMatch(/^责任部门：.+（列首位，通常牵头）/);
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(call.authorization).toBe("Bot discord-test-token");
    // Public answers get 👍/👎 but no 公开 (they are public already).
    expect(customIds(call.body).map((c) => c.split(":")[1])).toEqual(["up", "down"]);
    await fake.waitForCall("POST", new RegExp(`^/channels/${threadOf(id)}/typing$`));
    expect(kit.engine.calls.at(-1)!.input).toMatchObject({
      text: "三（四）讲了什么？", platform: "discord", conversationId: `discord:${FAKE_DISCORD.guildId}/${threadOf(id)}`, channelId: threadOf(id),
    });
  });

  it("keeps one conversation per thread", async () => {
    mentionIn(FAKE_DISCORD.threadId, "三（三）讲了什么？");
    await fake.waitForCall("POST", new RegExp(`^/channels/${FAKE_DISCORD.threadId}/messages$`));
    const first = kit.engine.calls.at(-1)!;
    const id = mentionIn(FAKE_DISCORD.threadId, "牵头部门是谁？");
    await fake.waitForCall("POST", /\/messages$/, repliesTo(id));
    const second = kit.engine.calls.at(-1)!;
    expect(second.input.conversationId).toBe(first.input.conversationId);
    expect(second.history).toEqual(["三（三）讲了什么？"]);
  });

  it("ignores channel messages that do not mention the bot, and bot authors", async () => {
    const before = kit.engine.calls.length;
    fake.dispatch("MESSAGE_CREATE", messageObject(nextId(), FAKE_DISCORD.channelId, humanUser, "大家好", [], FAKE_DISCORD.guildId));
    fake.dispatch("MESSAGE_CREATE", messageObject(nextId(), FAKE_DISCORD.channelId, { ...humanUser, id: "42", bot: true }, `<@${FAKE_DISCORD.botId}> 你好`, [], FAKE_DISCORD.guildId, [botUser]));
    // A thread alubot has no conversation in: its messages are not addressed to it.
    fake.dispatch("MESSAGE_CREATE", messageObject(nextId(), "900000000000000077", humanUser, "随便聊聊", [], FAKE_DISCORD.guildId));
    await new Promise((r) => setTimeout(r, 150));
    expect(kit.engine.calls.length).toBe(before);
  });

  it("answers /ask privately (ephemeral): deferred at once, edited with the answer, with 👍 / 👎 / 公开", async () => {
    kit.engine.delayNext(200);
    const { defer, edit } = await slash("ask", [{ name: "question", value: "再生铝项目布局有什么要求？" }]);
    expect(defer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(fake.calls.indexOf(defer)).toBeLessThan(fake.calls.indexOf(edit));
    expect(edit.body.embeds[0].description.length).toBeGreaterThan(0);
    expect(customIds(edit.body).map((c) => c.split(":")[1])).toEqual(["up", "down", "pub"]);
    // No explicit intent: like a message, so /ask continues a pending /check.
    const input = kit.engine.calls.at(-1)!.input;
    expect(input).toMatchObject({ text: "再生铝项目布局有什么要求？" });
    expect(input.intent).toBeUndefined();
  });

  it("renders /check privately as a report embed with a rule → status table", async () => {
    const { defer, edit } = await slash("check", [{ name: "description", value: "在贵阳新建年产10万吨再生铝项目" }]);
    expect(defer.body.data.flags).toBe(EPHEMERAL);
    const fields = edit.body.embeds.flatMap((e: any) => e.fields ?? []);
    expect(fields.find((f: any) => f.name === "项目准入检查").value).toMatch(/^❌ 不符合准入要求/);
    const table = fields.find((f: any) => f.name === "逐条结果").value as string;
    expect(table.split("\n").map((l) => l.slice(0, 1))).toEqual(["✅", "❌", "❓", "➖"]);
    expect(kit.engine.calls.at(-1)!.input.intent).toBe("check");
  });

  it("stores 👍 with question, answer and citations under a hashed id, and thanks privately", async () => {
    const { edit } = await slash("clause", [{ name: "clause", value: "3.4" }]);
    const before = kit.feedback.length;
    const id = press(buttonId(edit.body, "up"), edit);
    const thanks = await callbackOf(id);
    expect(thanks.body).toMatchObject({ type: 4, data: { content: "感谢反馈！👍", flags: EPHEMERAL } });
    const record = kit.feedback[before]!;
    expect(record).toMatchObject({ platform: "discord", rating: "up", question: "3.4", channelId: FAKE_DISCORD.channelId });
    expect(record.answer).toContain("三（四）");
    expect(record.citations[0]!.label).toBe("三（四）");
    expect(record.userHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.reason).toBeUndefined();
  });

  it("👎 opens a reason modal; its submission stores the 👎 with the reason", async () => {
    const { edit } = await slash("clause", [{ name: "clause", value: "3.3" }]);
    const down = buttonId(edit.body, "down");
    const id = press(down, edit);
    const modal = await callbackOf(id);
    expect(modal.body.type).toBe(9);
    expect(modal.body.data.custom_id).toBe(down.replace(":down:", ":reason:"));
    const input = modal.body.data.components[0];
    expect(input).toMatchObject({ type: 18, label: "原因（可不填）", component: { type: 4, custom_id: "text", required: false } });
    const before = kit.feedback.length;
    const submitId = nextId();
    fake.dispatch("INTERACTION_CREATE", modalSubmitInteraction(submitId, modal.body.data.custom_id, "text", "引用的条款不对"));
    const thanks = await callbackOf(submitId);
    expect(thanks.body.data).toMatchObject({ content: "感谢反馈，我们会改进。👎", flags: EPHEMERAL });
    expect(kit.feedback[before]).toMatchObject({ rating: "down", reason: "引用的条款不对", question: "3.3" });
    expect(kit.feedback[before]!.answer).toContain("三（三）");
  });

  it("公开 posts the question, who asked it and the answer to the channel, and retires the 公开 button", async () => {
    const { edit } = await slash("ask", [{ name: "question", value: "三（五）讲了什么？" }]);
    const id = press(buttonId(edit.body, "pub"), edit);
    const ack = await callbackOf(id);
    expect(ack.body.type).toBe(6);
    const posted = await fake.waitForCall("POST", new RegExp(`^/webhooks/${FAKE_DISCORD.appId}/tok-${id}$`));
    expect(posted.body.content).toBe(`<@${FAKE_DISCORD.userId}> 问：三（五）讲了什么？`);
    expect(posted.body.flags ?? 0).toBe(0);
    expect(posted.body.embeds[0].description).toContain("〔三（五）〕");
    expect(posted.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(customIds(posted.body).map((c) => c.split(":")[1])).toEqual(["up", "down"]);
    const retired = await fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`));
    expect(customIds(retired.body).map((c) => c.split(":")[1])).toEqual(["up", "down"]);
  });

  it("autocompletes /clause from the parsed clause list, filtered by what is typed, within 3 s", async () => {
    const ask = async (value: string) => {
      const id = nextId();
      const started = Date.now();
      fake.dispatch("INTERACTION_CREATE", autocompleteInteraction(id, "clause", "clause", value));
      const call = await callbackOf(id);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(call.body.type).toBe(8);
      return call.body.data.choices as { name: string; value: string }[];
    };
    const all = await ask("");
    expect(all.length).toBe(25);
    expect(all[0]).toEqual({ name: "通知及前言 关于推进铝产业高质量发展的指导意见", value: "0" });
    expect((await ask("3.4"))[0]).toEqual({ name: "三（四） 有序布局再生铝项目", value: "3.4" });
    expect((await ask("三(三)"))[0]!.value).toBe("3.3");
    const byTitle = await ask("再生铝");
    expect(byTitle.map((c) => c.value)).toContain("3.4");
    expect(byTitle.every((c) => /再生铝/.test(c.name))).toBe(true);
    expect(await ask("完全无关的词")).toEqual([]);
  });

  it("answers the 问 alubot message command privately about the target message's text", async () => {
    const target = messageObject(nextId(), FAKE_DISCORD.channelId, humanUser, "五（三）讲了什么？", [], FAKE_DISCORD.guildId);
    const id = nextId();
    fake.dispatch("INTERACTION_CREATE", messageCommandInteraction(id, "问 alubot", target));
    const defer = await callbackOf(id);
    expect(defer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`));
    expect(edit.body.embeds[0].description).toContain("〔五（三）〕");
    expect(customIds(edit.body).map((c) => c.split(":")[1])).toEqual(["up", "down", "pub"]);
    expect(kit.engine.calls.at(-1)!.input).toMatchObject({ text: "五（三）讲了什么？", userId: FAKE_DISCORD.userId });
  });

  it("answers a DM without a mention", async () => {
    const id = nextId();
    const dmChannel = "900000000000000099";
    fake.dispatch("MESSAGE_CREATE", { ...messageObject(id, dmChannel, humanUser, "五（一）讲了什么？"), channel_type: 1 });
    const call = await fake.waitForCall("POST", new RegExp(`^/channels/${dmChannel}/messages$`), repliesTo(id));
    expect(call.body.embeds[0].description).toContain("〔五（一）〕");
    expect(kit.engine.calls.at(-1)!.input.conversationId).toBe(`discord:dm/${dmChannel}`);
  });

  it("logs a REST 500 on the first reply and answers the next message", async () => {
    fake.failNext("POST", /^\/channels\/\d+\/messages$/, 1, 500);
    const failedId = mentionIn(FAKE_DISCORD.channelId, "三（二）讲了什么？");
    const apology = await fake.waitForCall("POST", /\/messages$/, (c) => repliesTo(failedId)(c) && /抱歉/.test(c.body.content ?? ""));
    expect(apology.body.embeds ?? []).toEqual([]);
    expect(kit.logger.messages("error")).toContain("discord: failed to answer");
    const id = mentionIn(FAKE_DISCORD.channelId, "三（五）讲了什么？");
    const call = await fake.waitForCall("POST", new RegExp(`^/channels/${threadOf(id)}/messages$`));
    expect(call.body.embeds[0].description).toContain("〔三（五）〕");
    expect(JSON.stringify(kit.logger.entries)).not.toContain("discord-test-token");
  });
});
