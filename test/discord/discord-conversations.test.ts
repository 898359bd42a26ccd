import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordTransport, type DiscordTransport } from "../../src/adapters/discord/create-discord-transport.js";
import type { App } from "../../src/app/create-app.js";
import { chatDepsOf, createChatTestApp } from "../helpers/chat-test-app.js";
import {
  botUser, buttonInteraction, FAKE_DISCORD, humanUser, interactionObject, messageObject, modalSubmitInteraction, startFakeDiscord,
  type DiscordCall, type FakeDiscord,
} from "../helpers/fake-discord.js";
import { createRecordingLogger } from "../helpers/recording-logger.js";

/*
 * Discord conversations with the real guarded engine (admission check included) and SQLite stores:
 * checks run to their verdict by buttons, /ask continues a /check, thread follow-ups, and a restart
 * between an answer and its button press (the only place this file starts a second client).
 */
const dataDir = mkdtempSync(join(tmpdir(), "alubot-discord-"));
const logger = createRecordingLogger();
const EPHEMERAL = 64;
let fake: FakeDiscord;
let app: App;
let transport: DiscordTransport;
let seq = 9_000;
const nextId = () => String(++seq);

async function start(): Promise<void> {
  app = createChatTestApp(dataDir);
  transport = createDiscordTransport(
    { token: "discord-conversations", applicationId: FAKE_DISCORD.appId, guildId: FAKE_DISCORD.guildId, apiUrl: fake.apiUrl },
    chatDepsOf(app, logger),
    { retries: 0, timeoutMs: 5000 },
  );
  await transport.start();
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  await start();
});

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
  app?.close();
});

const callbackOf = (id: string) => fake.waitForCall("POST", new RegExp(`^/interactions/${id}/tok-${id}/callback$`));
const customIds = (body: any): string[] => (body.components ?? []).flatMap((r: any) => r.components.map((b: any) => b.custom_id));
const labels = (body: any): string[] => (body.components ?? []).flatMap((r: any) => r.components.map((b: any) => b.label));
const buttonId = (body: any, action: string): string => {
  const id = customIds(body).find((c) => c.startsWith(`alubot:${action}:`));
  if (!id) throw new Error(`no ${action} button in ${JSON.stringify(body.components)}`);
  return id;
};
const describeAll = (body: any): string => [body.content ?? "", ...(body.embeds ?? []).flatMap((e: any) => [e.description, ...(e.fields ?? []).map((f: any) => `${f.name} ${f.value}`)])].join("\n");

async function slash(name: string, options: { name: string; value: string }[], channelId: string = FAKE_DISCORD.channelId) {
  const id = nextId();
  fake.dispatch("INTERACTION_CREATE", interactionObject(id, name, options, channelId));
  await callbackOf(id);
  return fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`));
}

/** Presses a button on the message the bot sent as `sent`; resolves with the interaction id. */
function press(customId: string, sent: DiscordCall, flags = EPHEMERAL, channelId: string = FAKE_DISCORD.channelId): string {
  const id = nextId();
  const message = { ...messageObject(nextId(), channelId, botUser, sent.body.content ?? "", sent.body.embeds ?? []), flags, components: sent.body.components ?? [] };
  fake.dispatch("INTERACTION_CREATE", buttonInteraction(id, customId, message, channelId));
  return id;
}

/** A check button press: acknowledged with deferUpdate, the buttons retired, the next step as a follow-up. */
async function pressCheck(action: string, sent: DiscordCall, flags = EPHEMERAL) {
  const id = press(buttonId(sent.body, action), sent, flags);
  const ack = await callbackOf(id);
  const retired = await fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`));
  const next = await fake.waitForCall("POST", new RegExp(`^/webhooks/${FAKE_DISCORD.appId}/tok-${id}$`));
  return { ack, retired, next };
}

describe("Discord conversations with the real engine", () => {
  it("runs a private /check to its verdict by buttons: 没有, then 不清楚", async () => {
    const q1 = await slash("check", [{ name: "description", value: "在兴仁经开区新建电解铝项目" }]);
    expect(describeAll(q1.body)).toMatch(/产能指标落实了吗/);
    expect(q1.body.content).toContain("“有 / 没有”回答第 1 个问题");
    expect(labels(q1.body)).toEqual(["有", "没有", "不清楚", "补充信息…", "👍 有帮助", "👎 没帮助", "公开"]);

    const step2 = await pressCheck("no", q1);
    expect(step2.ack.body.type).toBe(6);
    expect(labels(step2.retired.body).slice(0, 4)).toEqual(["有", "✅ 没有", "不清楚", "补充信息…"]);
    expect(step2.retired.body.components[0].components.every((b: any) => b.disabled)).toBe(true);
    expect(step2.next.body.flags).toBe(EPHEMERAL);
    expect(describeAll(step2.next.body)).toMatch(/不符合项：〔三（三）〕/);
    // The energy level (question 1) is typed; 有/没有 now answer the assessments (question 2).
    expect(labels(step2.next.body).slice(0, 4)).toEqual(["有", "没有", "不清楚", "补充信息…"]);

    const step3 = await pressCheck("unknown", step2.next);
    const verdict = step3.next.body;
    const fields = verdict.embeds.flatMap((e: any) => e.fields ?? []);
    expect(fields.find((f: any) => f.name === "项目准入检查").value).toMatch(/^❌ 不符合准入要求（电解铝）/);
    expect(fields.filter((f: any) => f.name.startsWith("逐条结果")).map((f: any) => f.value).join("\n")).toMatch(/^❌ \*\*三（三）[^*]*\*\* 不符合/m);
    expect(labels(verdict)).toEqual(["👍 有帮助", "👎 没帮助", "公开"]);
    const conversationId = `discord:${FAKE_DISCORD.guildId}/${FAKE_DISCORD.channelId}/${FAKE_DISCORD.userId}`;
    expect((await app.conversationStore().get(conversationId))!.pendingCheck).toBeNull();

    // A button of a step already answered answers nothing.
    const stale = press(buttonId(q1.body, "yes"), q1);
    expect((await callbackOf(stale)).body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: expect.stringContaining("已经回答过了") } });
  });

  it("continues a /check with /ask instead of treating the answer as a new question", async () => {
    await slash("new", []);
    const asked = await slash("check", [{ name: "description", value: "在兴仁经开区新建电解铝项目" }]);
    expect(describeAll(asked.body)).toMatch(/产能指标落实了吗/);
    const continued = await slash("ask", [{ name: "question", value: "有产能指标，置换方案已经公告了" }]);
    const text = describeAll(continued.body);
    expect(text).not.toMatch(/产能指标落实了吗/);
    expect(text).toMatch(/能效/);
  });

  it("补充信息 opens a modal whose submission continues the check privately", async () => {
    await slash("new", []);
    const q1 = await slash("check", [{ name: "description", value: "在兴仁经开区新建电解铝项目" }]);
    const more = buttonId(q1.body, "more");
    const id = press(more, q1);
    const modal = (await callbackOf(id)).body;
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe(more.replace(":more:", ":moreinfo:"));
    expect(modal.data.components[0]).toMatchObject({ type: 10, content: expect.stringMatching(/产能指标落实了吗/) });
    expect(modal.data.components[1]).toMatchObject({ type: 18, component: { type: 4, custom_id: "text", required: true } });
    const submitId = nextId();
    fake.dispatch("INTERACTION_CREATE", modalSubmitInteraction(submitId, modal.data.custom_id, "text", "产能指标已落实并公告，400kA电解槽，能效达到标杆水平"));
    expect((await callbackOf(submitId)).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const next = await fake.waitForCall("PATCH", new RegExp(`/tok-${submitId}/messages/@original$`));
    const text = describeAll(next.body);
    expect(text).not.toMatch(/产能指标落实了吗/);
    expect(text).toMatch(/节能审查、环境影响评价/);
  });

  it("answers follow-ups in the thread a mention opened: a reply to alubot, and messages there that carry text", async () => {
    const id = nextId();
    fake.dispatch("MESSAGE_CREATE", messageObject(id, FAKE_DISCORD.channelId, humanUser, `<@${FAKE_DISCORD.botId}> 三（三）讲了什么？`, [], FAKE_DISCORD.guildId, [botUser]));
    const thread = `${id}1`;
    const first = await fake.waitForCall("POST", new RegExp(`^/channels/${thread}/messages$`));
    expect(describeAll(first.body)).toContain("〔三（三）〕");

    // A reply to alubot's message mentions it (the reply ping), so its text arrives without MessageContent.
    const replyId = nextId();
    fake.dispatch("MESSAGE_CREATE", {
      ...messageObject(replyId, thread, humanUser, "这一条由哪些部门负责？", [], FAKE_DISCORD.guildId, [botUser]),
      message_reference: { message_id: "1", channel_id: thread, guild_id: FAKE_DISCORD.guildId }, type: 19,
    });
    const second = await fake.waitForCall("POST", new RegExp(`^/channels/${thread}/messages$`), (c) => c.body?.message_reference?.message_id === replyId);
    expect(second.body.embeds[0].footer.text).toMatch(/^责任部门：/);
    expect(describeAll(second.body)).toContain("三（三）");

    // With text but no mention (as when an operator grants MessageContent): still this thread's conversation.
    const plainId = nextId();
    fake.dispatch("MESSAGE_CREATE", messageObject(plainId, thread, humanUser, "那这一条主要讲了什么？", [], FAKE_DISCORD.guildId));
    const third = await fake.waitForCall("POST", new RegExp(`^/channels/${thread}/messages$`), (c) => c.body?.message_reference?.message_id === plainId);
    expect(describeAll(third.body)).toContain("三（三）");
    expect((await app.conversationStore().get(`discord:${FAKE_DISCORD.guildId}/${thread}`))!.turns).toHaveLength(6);
  });

  it("keeps buttons working across a restart: 有 continues the check, 公开 publishes, 👍 is stored", async () => {
    await slash("new", []);
    const q1 = await slash("check", [{ name: "description", value: "在兴仁经开区新建电解铝项目" }]);

    await transport.stop();
    app.close();
    await start();
    // A second client, a second IDENTIFY: nothing but the data dir is shared with the first.
    expect(fake.identifies).toHaveLength(2);

    const step2 = await pressCheck("yes", q1);
    expect(describeAll(step2.next.body)).toMatch(/能效/);
    expect(labels(step2.retired.body)[0]).toBe("✅ 有");

    const pubId = press(buttonId(q1.body, "pub"), q1);
    const posted = await fake.waitForCall("POST", new RegExp(`^/webhooks/${FAKE_DISCORD.appId}/tok-${pubId}$`));
    expect(posted.body.content).toBe(`<@${FAKE_DISCORD.userId}> 问：在兴仁经开区新建电解铝项目`);
    expect(describeAll(posted.body)).toMatch(/产能指标落实了吗/);

    const upId = press(buttonId(q1.body, "up"), q1);
    expect((await callbackOf(upId)).body.data.content).toBe("感谢反馈！👍");
  });
});
