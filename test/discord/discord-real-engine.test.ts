import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordTransport, type DiscordTransport } from "../../src/adapters/discord/create-discord-transport.js";
import type { App } from "../../src/app/create-app.js";
import { EMPTY_INPUT_MESSAGE, tooLongMessage } from "../../src/safety/clean-input.js";
import { chatDepsOf } from "../helpers/chat-test-app.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { botUser, FAKE_DISCORD, humanUser, interactionObject, messageObject, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";
import { createRecordingLogger } from "../helpers/recording-logger.js";

/* The real guarded engine behind the real discord.js client, against the fake REST + gateway on 127.0.0.1. */
const FIRST_WAIT_MS = 20_000;
let app: App;
let fake: FakeDiscord;
let transport: DiscordTransport;
let seq = 7_000;
const nextId = () => String(++seq);
const logger = createRecordingLogger();

beforeAll(async () => {
  app = createTestApp();
  fake = await startFakeDiscord();
  transport = createDiscordTransport(
    { token: "discord-real-engine", applicationId: FAKE_DISCORD.appId, guildId: FAKE_DISCORD.guildId, apiUrl: fake.apiUrl },
    chatDepsOf(app, logger),
    { retries: 0, timeoutMs: 5000 },
  );
  const started = transport.start();
  await fake.identified();
  await started;
  await app.retriever();
}, 60_000);

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
  app?.close();
});

async function command(name: string, options: { name: string; value: string }[]) {
  const id = nextId();
  fake.dispatch("INTERACTION_CREATE", interactionObject(id, name, options));
  await fake.waitForCall("POST", new RegExp(`^/interactions/${id}/tok-${id}/callback$`));
  return fake.waitForCall("PATCH", new RegExp(`/tok-${id}/messages/@original$`), undefined, FIRST_WAIT_MS);
}

/** Citation fields are named 〔label〕title: the label must be a real clause and the quote occur in its text. */
function assertCitationFieldsAreReal(fields: { name: string; value: string }[]): string[] {
  const labels: string[] = [];
  for (const f of fields.filter((x) => x.name.startsWith("〔"))) {
    const [, label] = /^〔(.+?)〕/.exec(f.name)!;
    const clause = app.corpus().clauses.find((c) => c.label === label);
    expect(clause, `${label} is not a clause label`).toBeDefined();
    expect(clause!.text).toContain(f.value.replace(/^“|”$/g, "").replace(/…$/, ""));
    labels.push(label!);
  }
  return labels;
}

describe("Discord with the real engine", () => {
  it("answers a mention with an embed: the answer in the description, citations as fields", async () => {
    const id = nextId();
    fake.dispatch("MESSAGE_CREATE", messageObject(id, FAKE_DISCORD.channelId, humanUser, `<@${FAKE_DISCORD.botId}> 再生铝占原铝供应量的比重目标是多少？`, [], FAKE_DISCORD.guildId, [botUser]));
    // Answered in the thread opened on the message (the fake names it `${id}1`).
    const call = await fake.waitForCall("POST", new RegExp(`^/channels/${id}1/messages$`), undefined, FIRST_WAIT_MS);
    const embed = call.body.embeds[0];
    expect(embed.description).toContain("20%");
    const labels = assertCitationFieldsAreReal(embed.fields);
    expect(labels.length).toBeGreaterThan(0);
    expect(embed.description).toContain(`〔${labels[0]}〕`);
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("/check renders a report embed with ❌ for 三（三）", async () => {
    const edit = await command("check", [{ name: "description", value: "在兴仁经开区新建电解铝，350kA电解槽，没有产能指标" }]);
    const fields = edit.body.embeds.flatMap((e: any) => e.fields ?? []);
    expect(fields.find((f: any) => f.name === "项目准入检查").value).toMatch(/^❌ /);
    const table = fields.filter((f: any) => f.name.startsWith("逐条结果")).map((f: any) => f.value).join("\n");
    expect(table).toMatch(/^❌ \*\*三（三）[^*]*\*\* 不符合/m);
    assertCitationFieldsAreReal(fields);
    // The open questions are asked once, in the description, not again in a field.
    expect(fields.some((f: any) => f.name === "还需要了解")).toBe(false);
  });

  it("/ask with an empty or a 10,000-character question gets a polite Chinese notice, and the bot keeps answering", async () => {
    const empty = await command("ask", [{ name: "question", value: "   " }]);
    expect(empty.body.embeds).toHaveLength(1);
    expect(empty.body.embeds[0].description).toBe(EMPTY_INPUT_MESSAGE);
    expect(empty.body.embeds[0].fields ?? []).toEqual([]);

    const long = await command("ask", [{ name: "question", value: "再生铝".repeat(3334) }]);
    expect(long.body.embeds[0].description).toBe(tooLongMessage(app.config.limits.maxInputChars));
    expect(long.body.embeds[0].fields ?? []).toEqual([]);
    expect(logger.messages("error")).toEqual([]);

    // The /check above is still asking (and /ask would answer it): /new leaves it first.
    const reset = await command("new", []);
    expect(reset.body.embeds[0].description).toContain("已开始新的对话");
    const next = await command("ask", [{ name: "question", value: "再生铝占原铝供应量的比重目标是多少？" }]);
    expect(next.body.embeds[0].description).toContain("20%");
  });
});
