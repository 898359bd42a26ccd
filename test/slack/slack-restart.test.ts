import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_ACTIONS, FEEDBACK_UP_ACTION, PUBLISH_ACTION } from "../../src/adapters/slack/render-blocks.js";
import type { App } from "../../src/app/create-app.js";
import type { RunningTransport } from "../../src/app/start-transports.js";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { createChatTestApp } from "../helpers/chat-test-app.js";
import { startFakeSlackApi, type FakeSlackApi } from "../helpers/fake-slack-api.js";
import { actionIds, blockTexts, buttonValue, click, mention, slashCommand } from "./slack-fixtures.js";

/*
 * A restart between an answer and its button press, in Socket Mode, through the composition root
 * (createApp → transportStarters → Bolt) exactly as `alubot start` wires it: the second app shares only
 * the data dir with the first. Buttons, the pending check and claimed event ids must all survive.
 */
const dataDir = mkdtempSync(join(tmpdir(), "alubot-restart-"));
let fake: FakeSlackApi;
let app: App | undefined;
let running: RunningTransport | undefined;

async function startApp(connection: number): Promise<App> {
  const started = createChatTestApp(dataDir, { SLACK_BOT_TOKEN: "xoxb-restart", SLACK_APP_TOKEN: "xapp-restart", SLACK_API_URL: fake.apiUrl });
  running = await started
    .transportStarters({ engine: started.engine(), feedbackStore: started.feedbackStore(), logger: started.logger(), runTerminal: async () => undefined })
    .slack(started.config.slack!);
  await fake.socketConnected(connection);
  return started;
}

async function stopApp(): Promise<void> {
  await running?.stop();
  app?.close();
  running = undefined;
  app = undefined;
}

beforeAll(async () => {
  fake = await startFakeSlackApi();
  app = await startApp(1);
});

afterAll(async () => {
  await stopApp();
  await fake?.close();
});

const texts = (blocks: any[]) => blockTexts(blocks).join("\n");
let checkAnswer: any;
let mentionEvent: Record<string, unknown>;

describe("Slack across a restart (Socket Mode, composition root)", () => {
  it("before the restart: a private check question with buttons, and a mention answered once despite a redelivery", async () => {
    await fake.sendEnvelope("slash_commands", slashCommand("check 在兴仁经开区新建电解铝项目", fake.responseUrl("before")));
    checkAnswer = (await fake.waitForCall("respond:before")).body;
    expect(texts(checkAnswer.blocks)).toMatch(/产能指标落实了吗/);
    expect(actionIds(checkAnswer.blocks)).toContain(CHECK_ACTIONS.yes);

    mentionEvent = mention("三（四）讲了什么？", "1700002000.000100");
    await fake.sendEnvelope("events_api", mentionEvent);
    await fake.waitForCall("chat.update", (c) => texts(c.body.blocks ?? []).includes("〔三（四）〕"));
    await fake.sendEnvelope("events_api", mentionEvent, { retryAttempt: 1, retryReason: "timeout" });
    // A later, distinct event is answered; the redelivery before it never was.
    await fake.sendEnvelope("events_api", mention("三（五）讲了什么？", "1700002001.000100"));
    await fake.waitForCall("chat.update", (c) => texts(c.body.blocks ?? []).includes("〔三（五）〕"));
    expect(fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === "1700002000.000100")).toHaveLength(1);
  });

  it("after the restart: 有 continues the stored pending check from the stored button payload", async () => {
    await stopApp();
    app = await startApp(2);
    const before = fake.calls.length;
    await fake.sendEnvelope("interactive", click(CHECK_ACTIONS.yes, buttonValue(checkAnswer.blocks, CHECK_ACTIONS.yes), fake.responseUrl("after-yes")));
    const next = await fake.waitForCall("respond:after-yes", (c) => c.body.replace_original === false && fake.calls.indexOf(c) >= before);
    const retired = fake.calls.slice(before).find((c) => c.method === "respond:after-yes" && c.body.replace_original === true)!;
    expect(texts(retired.body.blocks)).toContain("✅ 已回答：有");
    expect(texts(next.body.blocks)).toMatch(/能效/);
    expect(texts(next.body.blocks)).not.toMatch(/已过期/);
  });

  it("after the restart: 公开到频道 and 👍 still know the answer they belong to", async () => {
    await fake.sendEnvelope("interactive", click(PUBLISH_ACTION, buttonValue(checkAnswer.blocks, PUBLISH_ACTION), fake.responseUrl("after-pub")));
    const posted = await fake.waitForCall("chat.postMessage", (c) => c.body.blocks?.[0]?.text?.text === "<@U0001> 问：在兴仁经开区新建电解铝项目");
    expect(posted.body.channel).toBe("C0001");
    expect((await fake.waitForCall("respond:after-pub")).body.delete_original).toBe(true);

    await fake.sendEnvelope("interactive", click(FEEDBACK_UP_ACTION, buttonValue(checkAnswer.blocks, FEEDBACK_UP_ACTION), fake.responseUrl("after-up")));
    await fake.waitForCall("respond:after-up");
    const reader = createSqliteStores({ dataDir, retentionDays: 30 });
    try {
      const [record] = reader.feedback.list();
      expect(record).toMatchObject({ rating: "up", question: "在兴仁经开区新建电解铝项目" });
      expect(record!.answer).toMatch(/产能指标落实了吗/);
    } finally {
      reader.close();
    }
  });

  it("after the restart: a redelivery of an event answered before it is still ignored", async () => {
    await fake.sendEnvelope("events_api", mentionEvent, { retryAttempt: 2, retryReason: "timeout" });
    await fake.sendEnvelope("events_api", mention("三（二）讲了什么？", "1700002002.000100"));
    await fake.waitForCall("chat.update", (c) => texts(c.body.blocks ?? []).includes("〔三（二）〕"));
    expect(fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === "1700002000.000100")).toHaveLength(1);
  });
});
