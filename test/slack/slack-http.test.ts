import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackTransport, type SlackTransport } from "../../src/adapters/slack/create-slack-transport.js";
import { THINKING_TEXT } from "../../src/adapters/slack/answer-on-slack.js";
import { FEEDBACK_UP_ACTION, PUBLISH_ACTION } from "../../src/adapters/slack/render-blocks.js";
import { createAdapterTestKit } from "../helpers/adapter-test-kit.js";
import { startFakeSlackApi, type FakeSlackApi } from "../helpers/fake-slack-api.js";
import { actionForm, postSigned } from "../helpers/slack-signing.js";
import { blockTexts, buttonClick, buttonValue, mention, slashCommand } from "./slack-fixtures.js";

const SECRET = "test-signing-secret";
const kit = createAdapterTestKit();
let fake: FakeSlackApi;
let transport: SlackTransport;
let eventsUrl: string;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  transport = createSlackTransport(
    { mode: "http", botToken: "xoxb-test-token", signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl },
    kit.deps,
    { retries: 0, processBeforeResponse: true, host: "127.0.0.1" },
  );
  const { port } = await transport.start();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
});

const postEvent = (body: unknown, opts?: { badSignature?: boolean }) => postSigned(eventsUrl, SECRET, JSON.stringify(body), "application/json", opts);
const postForm = (fields: Record<string, string>) => postSigned(eventsUrl, SECRET, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");

describe("Slack over HTTP (real Bolt, fake Web API)", () => {
  it("answers a signed app_mention in the message's thread, with citations as context blocks", async () => {
    const res = await postEvent(mention("三（四）讲了什么？", "1700000001.000100"));
    expect(res.status).toBe(200);
    const placeholder = await fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === "1700000001.000100");
    expect(placeholder.body.text).toBe(THINKING_TEXT);
    const update = await fake.waitForCall("chat.update");
    const texts = blockTexts(update.body.blocks);
    expect(update.body.blocks.some((b: any) => b.type === "context" && /三（四）/.test(b.elements[0].text))).toBe(true);
    expect(texts.join("\n")).toContain("〔三（四）〕");
    expect(kit.engine.calls[0]!.input).toMatchObject({ text: "三（四）讲了什么？", platform: "slack", channelId: "C0001", userId: "U0001" });
  });

  it("continues the conversation when the bot is mentioned again in the thread", async () => {
    await postEvent(mention("这一条由哪些部门负责？", "1700000002.000100", "1700000001.000100"));
    const call = kit.engine.calls[1]!;
    expect(call.input.conversationId).toBe(kit.engine.calls[0]!.input.conversationId);
    expect(call.history).toEqual(["三（四）讲了什么？"]);
    const posts = fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === "1700000001.000100");
    expect(posts).toHaveLength(2);
  });

  it("answers /alubot check through the response_url, privately, with the report and a publish button", async () => {
    const res = await postForm(slashCommand("check 在贵阳新建年产10万吨再生铝项目", fake.responseUrl("cmd1")));
    expect(res.status).toBe(200);
    const resp = await fake.waitForCall("respond:cmd1");
    expect(resp.body.response_type).toBe("ephemeral");
    const texts = blockTexts(resp.body.blocks).join("\n");
    expect(texts).toMatch(/项目准入检查.*❌/);
    expect(texts).toMatch(/✅ \*.+\* 符合/);
    expect(texts).toMatch(/❓ \*.+\* 待补充/);
    expect(buttonValue(resp.body.blocks, PUBLISH_ACTION)).toMatch(/^[0-9a-f-]{36}$/);
    expect(kit.engine.calls.at(-1)!.input).toMatchObject({ intent: "check", text: "在贵阳新建年产10万吨再生铝项目" });
  });

  it("stores 👍 feedback with question, answer and citations, under a hashed user id", async () => {
    const resp = await fake.waitForCall("respond:cmd1");
    const key = buttonValue(resp.body.blocks, FEEDBACK_UP_ACTION);
    const res = await postForm({ payload: JSON.stringify(buttonClick(FEEDBACK_UP_ACTION, key, fake.responseUrl("fb1"))) });
    expect(res.status).toBe(200);
    expect(kit.feedback).toHaveLength(1);
    const record = kit.feedback[0]!;
    expect(record).toMatchObject({ platform: "slack", rating: "up", question: "在贵阳新建年产10万吨再生铝项目", channelId: "C0001" });
    expect(record.answer).toContain("项目准入检查结果");
    expect(record.citations.length).toBeGreaterThan(0);
    expect(record.userHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.userHash).not.toContain("U0001");
    await fake.waitForCall("respond:fb1");
  });

  it("publishes an ephemeral answer to the channel on 公开到频道", async () => {
    const resp = await fake.waitForCall("respond:cmd1");
    const before = fake.callsTo("chat.postMessage").length;
    await postSigned(eventsUrl, SECRET, actionForm(buttonClick(PUBLISH_ACTION, buttonValue(resp.body.blocks, PUBLISH_ACTION), fake.responseUrl("pub1"))), "application/x-www-form-urlencoded");
    const deleted = await fake.waitForCall("respond:pub1");
    expect(deleted.body.delete_original).toBe(true);
    const posted = fake.callsTo("chat.postMessage").slice(before);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatchObject({ channel: "C0001" });
    expect(posted[0]!.body.thread_ts).toBeUndefined();
  });

  it("rejects a bad signature with 401 and never answers", async () => {
    const callsBefore = fake.calls.length;
    const engineBefore = kit.engine.calls.length;
    const res = await postEvent(mention("伪造的请求", "1700000009.000100"), { badSignature: true });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.length).toBe(callsBefore);
    expect(kit.engine.calls.length).toBe(engineBefore);
  });

  it("survives Web API failures, apologises, logs, and answers the next message", async () => {
    fake.failNext("chat.postMessage", 2, { status: 500 });
    const res = await postEvent(mention("三（三）的要求是什么？", "1700000010.000100"));
    expect(res.status).toBe(200);
    expect(kit.logger.messages("error")).toContain("slack: failed to answer");
    const apology = await fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === "1700000010.000100" && /抱歉/.test(c.body.text));
    expect(apology.body.blocks).toBeUndefined();
    const logged = JSON.stringify(kit.logger.entries);
    expect(logged).not.toContain("xoxb-test-token");

    await postEvent(mention("三（五）讲了什么？", "1700000011.000100"));
    const update = await fake.waitForCall("chat.update", (c) => blockTexts(c.body.blocks ?? []).join("").includes("三（五）"));
    expect(update.body.text).toContain("三（五）");
  });
});
