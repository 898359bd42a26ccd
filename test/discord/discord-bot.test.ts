import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordTransport, type DiscordTransport } from "../../src/adapters/discord/create-discord-transport.js";
import { createAdapterTestKit } from "../helpers/adapter-test-kit.js";
import { botUser, FAKE_DISCORD, humanUser, interactionObject, messageObject, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";

const kit = createAdapterTestKit();
let fake: FakeDiscord;
let transport: DiscordTransport;
let seq = 5_000;
const nextId = () => String(++seq);

beforeAll(async () => {
  fake = await startFakeDiscord();
  transport = createDiscordTransport(
    { token: "discord-test-token", applicationId: FAKE_DISCORD.appId, guildId: FAKE_DISCORD.guildId, apiUrl: fake.apiUrl },
    { engine: kit.engine, logger: kit.logger, inFlight: kit.deps.inFlight },
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

describe("Discord (real discord.js, fake REST + gateway)", () => {
  it("answers a mention with a reply embed that cannot ping anyone", async () => {
    const id = mentionIn(FAKE_DISCORD.channelId, "三（四）讲了什么？");
    const call = await fake.waitForCall("POST", /^\/channels\/\d+\/messages$/, repliesTo(id));
    const embed = call.body.embeds[0];
    expect(embed.description).toContain("〔三（四）〕");
    expect(embed.fields.some((f: any) => f.name.includes("三（四）"))).toBe(true);
    expect(embed.footer.text).toMatch(/^责任部门：.+（列首位，通常牵头）/);
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(call.authorization).toBe("Bot discord-test-token");
    await fake.waitForCall("POST", /\/typing$/);
    expect(kit.engine.calls.at(-1)!.input).toMatchObject({ text: "三（四）讲了什么？", platform: "discord" });
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
    await new Promise((r) => setTimeout(r, 150));
    expect(kit.engine.calls.length).toBe(before);
  });

  it("defers /ask at once and edits the original response with the answer", async () => {
    const id = nextId();
    kit.engine.delayNext(200);
    fake.dispatch("INTERACTION_CREATE", interactionObject(id, "ask", [{ name: "question", value: "再生铝项目布局有什么要求？" }]));
    const defer = await fake.waitForCall("POST", new RegExp(`^/interactions/${id}/tok-${id}/callback$`));
    expect(defer.body.type).toBe(5);
    const edit = await fake.waitForCall("PATCH", new RegExp(`^/webhooks/${FAKE_DISCORD.appId}/tok-${id}/messages/@original$`));
    expect(fake.calls.indexOf(defer)).toBeLessThan(fake.calls.indexOf(edit));
    expect(edit.body.embeds[0].description.length).toBeGreaterThan(0);
    expect(kit.engine.calls.at(-1)!.input).toMatchObject({ intent: "ask", text: "再生铝项目布局有什么要求？" });
  });

  it("renders /check as a report embed with a rule → status table", async () => {
    const id = nextId();
    fake.dispatch("INTERACTION_CREATE", interactionObject(id, "check", [{ name: "description", value: "在贵阳新建年产10万吨再生铝项目" }]));
    const edit = await fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`));
    const fields = edit.body.embeds.flatMap((e: any) => e.fields ?? []);
    expect(fields.find((f: any) => f.name === "项目准入检查").value).toMatch(/^❌ 不符合准入要求/);
    const table = fields.find((f: any) => f.name === "逐条结果").value as string;
    expect(table.split("\n").map((l) => l.slice(0, 1))).toEqual(["✅", "❌", "❓", "➖"]);
    expect(kit.engine.calls.at(-1)!.input.intent).toBe("check");
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
    const call = await fake.waitForCall("POST", /\/messages$/, repliesTo(id));
    expect(call.body.embeds[0].description).toContain("〔三（五）〕");
    expect(JSON.stringify(kit.logger.entries)).not.toContain("discord-test-token");
  });
});
