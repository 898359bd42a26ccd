import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSISTANT_GREETING } from "../../src/adapters/slack/register-assistant.js";
import { ASSISTANT_STATUS, THINKING_TEXT } from "../../src/adapters/slack/answer-on-slack.js";
import { createSlackTransport, type SlackTransport } from "../../src/adapters/slack/create-slack-transport.js";
import { CHECK_ACTIONS, FEEDBACK_DOWN_ACTION, PUBLISH_ACTION } from "../../src/adapters/slack/render-blocks.js";
import { HOME_CHECK_ACTION } from "../../src/adapters/slack/render-home-view.js";
import { CHECK_MORE_VIEW, FEEDBACK_REASON_VIEW, HOME_CHECK_VIEW } from "../../src/adapters/slack/slack-modals.js";
import type { App } from "../../src/app/create-app.js";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { chatDepsOf, createChatTestApp } from "../helpers/chat-test-app.js";
import { startFakeSlackApi, type FakeSlackApi, type SlackCall } from "../helpers/fake-slack-api.js";
import { createRecordingLogger } from "../helpers/recording-logger.js";
import { actionForm, postSigned } from "../helpers/slack-signing.js";
import {
  actionIds, appHomeOpened, assistantMessage, assistantThreadStarted, blockTexts, buttonValue, channelMessage, click, directMessage, mention,
  slashCommand, viewPayload,
} from "./slack-fixtures.js";

/*
 * Conversations as people hold them, over HTTP: the real Bolt app in front of the real guarded engine
 * (admission check included) and SQLite stores, against the fake Web API. processBeforeResponse makes
 * every request finish its work before it is answered, so each step's Web API calls are complete.
 */
const SECRET = "conversations-signing-secret";
const logger = createRecordingLogger();
let app: App;
let fake: FakeSlackApi;
let transport: SlackTransport;
let eventsUrl: string;

beforeAll(async () => {
  app = createChatTestApp();
  fake = await startFakeSlackApi();
  transport = createSlackTransport(
    { mode: "http", botToken: "xoxb-conversations", signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl },
    chatDepsOf(app, logger),
    { retries: 0, processBeforeResponse: true, host: "127.0.0.1" },
  );
  eventsUrl = `http://127.0.0.1:${(await transport.start()).port}/slack/events`;
});

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
  app?.close();
});

const postEvent = (body: unknown, headers?: Record<string, string>) =>
  postSigned(eventsUrl, SECRET, JSON.stringify(body), "application/json", headers ? { headers } : {});
const postForm = (fields: Record<string, string>) => postSigned(eventsUrl, SECRET, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
const postAction = (payload: unknown) => postSigned(eventsUrl, SECRET, actionForm(payload), "application/x-www-form-urlencoded");

/** Runs `step` and returns the Web API calls it caused. */
async function during(step: () => Promise<{ status: number }>): Promise<SlackCall[]> {
  const before = fake.calls.length;
  const res = await step();
  expect(res.status).toBe(200);
  return fake.calls.slice(before);
}
/** The messages with blocks among `calls` (answers, not placeholders), in order. */
const answers = (calls: SlackCall[]) => calls.filter((c) => Array.isArray(c.body.blocks) && c.body.blocks.length > 0);
const textOf = (call: SlackCall) => blockTexts(call.body.blocks).join("\n");
const conversation = (id: string) => app.conversationStore().get(id);

describe("Slack: retries, threads and DMs", () => {
  it("answers an event once when Slack retries it with the same event_id", async () => {
    const event = mention("三（四）讲了什么？", "1700000001.000100");
    const first = await during(() => postEvent(event));
    expect(answers(first)).toHaveLength(1);
    const retry = await during(() => postEvent(event, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" }));
    expect(retry).toEqual([]);
    expect(logger.entries.find((e) => e.msg === "slack: duplicate event ignored")?.obj).toMatchObject({ eventId: event.event_id, retryNum: 1 });
    // The claim is in the app's database, so it outlives this process.
    expect(await app.stores().eventDedupe.claim(`slack:T0001:${String(event.event_id)}`, 60_000)).toBe(false);
  });

  it("answers a plain reply in a thread it answered in, without a fresh @mention", async () => {
    const root = "1700000002.000100";
    await during(() => postEvent(mention("三（三）讲了什么？", root)));
    const reply = await during(() => postEvent(channelMessage("这一条由哪些部门负责？", "1700000002.000200", { threadTs: root })));
    const [answer] = answers(reply);
    expect(answer!.body).toMatchObject({ channel: "C0001" });
    expect(reply[0]!.body).toMatchObject({ thread_ts: root, text: THINKING_TEXT });
    // The follow-up was read against the thread's clause: 三（三）'s departments.
    expect(textOf(answer!)).toContain("三（三）");
    expect(blockTexts(answer!.body.blocks).some((t) => t.startsWith("*责任部门*"))).toBe(true);
    expect((await conversation(`slack:T0001/C0001/${root}`))!.turns).toHaveLength(4);
  });

  it("never answers channel messages outside such threads, bot posts, edits, other subtypes, or a mention twice", async () => {
    const root = "1700000002.000100";
    const quiet = [
      channelMessage("大家好", "1700000003.000100"),
      channelMessage("这个线程里没有 alubot", "1700000003.000200", { threadTs: "1700000003.000001" }),
      channelMessage("机器人说话", "1700000003.000300", { threadTs: root, extra: { bot_id: "BOTHER" } }),
      channelMessage("", "1700000003.000400", {
        threadTs: root, extra: { subtype: "message_changed", message: { text: "改过的", user: "U0001", ts: "1700000002.000200" } },
      }),
      channelMessage("加入了频道", "1700000003.000500", { threadTs: root, extra: { subtype: "channel_join" } }),
      // The mention itself is answered by its app_mention event; the message event must not answer it again.
      channelMessage("<@UBOT> 三（五）讲了什么？", "1700000003.000600", { threadTs: root }),
    ];
    for (const event of quiet) expect(await during(() => postEvent(event))).toEqual([]);
  });

  it("keeps a DM's top level one conversation until 重新开始", async () => {
    const first = answers(await during(() => postEvent(directMessage("三（三）由哪些部门负责？", "1700000004.000100"))));
    expect(textOf(first[0]!)).toContain("三（三）");
    const second = answers(await during(() => postEvent(directMessage("那这一条主要讲了什么？", "1700000004.000200"))));
    expect(second[0]!.body.thread_ts).toBeUndefined();
    const followUp = textOf(second[0]!);
    expect(followUp).toContain("三（三）");
    expect(followUp).not.toMatch(/超出|无法回答/);
    expect((await conversation("slack:T0001/D0001"))!.turns).toHaveLength(4);

    const reset = answers(await during(() => postEvent(directMessage("重新开始", "1700000004.000300"))));
    expect(textOf(reset[0]!)).toContain("已开始新的对话");
    expect(await conversation("slack:T0001/D0001")).toBeUndefined();
    const after = answers(await during(() => postEvent(directMessage("那这一条主要讲了什么？", "1700000004.000400"))));
    expect(textOf(after[0]!)).not.toContain("〔三（三）〕");
  });
});

describe("Slack: project checks that continue anywhere", () => {
  it("continues a /alubot check with /alubot <answer> instead of treating it as a new question", async () => {
    const asked = answers(await during(() => postForm(slashCommand("check 在兴仁经开区新建电解铝项目", fake.responseUrl("chk1")))));
    expect(asked[0]!.method).toBe("respond:chk1");
    expect(asked[0]!.body.response_type).toBe("ephemeral");
    expect(textOf(asked[0]!)).toMatch(/产能指标落实了吗/);
    const continued = answers(await during(() => postForm(slashCommand("有产能指标，置换方案已经公告了", fake.responseUrl("chk2")))));
    const text = textOf(continued[0]!);
    expect(text).not.toMatch(/产能指标落实了吗/);
    expect(text).toMatch(/能效/);
    expect((await conversation("slack:T0001/C0001/cmd:U0001"))!.pendingCheck).not.toBeNull();
    await postForm(slashCommand("new", fake.responseUrl("chk3")));
    expect(await conversation("slack:T0001/C0001/cmd:U0001")).toBeUndefined();
  });

  it("runs a check in a thread to its verdict by buttons: 没有, then 不清楚", async () => {
    const root = "1700000010.000100";
    const step1 = answers(await during(() => postEvent(mention("在兴仁经开区新建电解铝项目", root))));
    const q1 = step1.at(-1)!;
    expect(actionIds(q1.body.blocks)).toEqual([...Object.values(CHECK_ACTIONS), "alubot_feedback_up", "alubot_feedback_down"]);
    expect(textOf(q1)).toContain("“有 / 没有”回答第 1 个问题");
    const key1 = buttonValue(q1.body.blocks, CHECK_ACTIONS.no);

    const step2 = await during(() => postAction(click(CHECK_ACTIONS.no, key1, fake.responseUrl("no1"), { messageTs: q1.body.ts })));
    // The question's buttons are retired in place, showing the choice; the next step follows in the thread.
    const retired = step2.find((c) => c.method === "chat.update" && c.body.ts === q1.body.ts)!;
    expect(textOf(retired)).toContain("✅ 已回答：没有");
    expect(actionIds(retired.body.blocks)).toEqual(["alubot_feedback_up", "alubot_feedback_down"]);
    const q2 = answers(step2).at(-1)!;
    expect(q2.body.ts).not.toBe(q1.body.ts);
    expect(step2.find((c) => c.method === "chat.postMessage")!.body.thread_ts).toBe(root);
    expect(textOf(q2)).toMatch(/不符合项：〔三（三）〕/);
    // The energy level (question 1) is typed; 有/没有 now answer the assessments (question 2), and say so.
    expect(actionIds(q2.body.blocks).slice(0, 4)).toEqual(Object.values(CHECK_ACTIONS));
    expect(textOf(q2)).toContain("“有 / 没有”回答第 2 个问题");

    const step3 = await during(() => postAction(click(CHECK_ACTIONS.unknown, buttonValue(q2.body.blocks, CHECK_ACTIONS.unknown), fake.responseUrl("unk1"), { messageTs: q2.body.ts })));
    const verdict = answers(step3).at(-1)!;
    expect(textOf(verdict)).toMatch(/\*项目准入检查\*（电解铝）：❌ 不符合准入要求/);
    expect(textOf(verdict)).toMatch(/❌ \*三（三）[^*]*\* 不符合/);
    expect(actionIds(verdict.body.blocks)).toEqual(["alubot_feedback_up", "alubot_feedback_down"]);
    expect((await conversation(`slack:T0001/C0001/${root}`))!.pendingCheck).toBeNull();

    // A press on a button of a step already answered answers nothing.
    const stale = await during(() => postAction(click(CHECK_ACTIONS.yes, key1, fake.responseUrl("stale1"), { messageTs: q1.body.ts })));
    expect(stale.map((c) => c.method)).toEqual(["respond:stale1"]);
    expect(stale[0]!.body.text).toContain("已经回答过了");
  });

  it("补充信息 opens a modal (views.open with the trigger) whose submission continues the check", async () => {
    const root = "1700000011.000100";
    const q1 = answers(await during(() => postEvent(mention("在兴仁经开区新建电解铝项目", root)))).at(-1)!;
    const opened = await during(() =>
      postAction(click(CHECK_ACTIONS.more, buttonValue(q1.body.blocks, CHECK_ACTIONS.more), fake.responseUrl("more1"), { messageTs: q1.body.ts, triggerId: "trig-more" })),
    );
    expect(opened.map((c) => c.method)).toEqual(["views.open"]);
    const view = opened[0]!.body.view;
    expect(opened[0]!.body.trigger_id).toBe("trig-more");
    expect(view).toMatchObject({ type: "modal", callback_id: CHECK_MORE_VIEW, title: { text: "补充信息" } });
    expect(view.blocks[0].text.text).toMatch(/产能指标落实了吗/);

    const submitted = await during(() => postForm({ payload: JSON.stringify(viewPayload("view_submission", CHECK_MORE_VIEW, view.private_metadata, "产能指标已落实并公告，400kA电解槽，能效达到标杆水平")) }));
    const next = answers(submitted).at(-1)!;
    expect(next.body.channel).toBe("C0001");
    expect(submitted[0]!.body.thread_ts).toBe(root);
    const text = textOf(next);
    expect(text).not.toMatch(/产能指标落实了吗/);
    expect(text).toMatch(/节能审查、环境影响评价/);
  });

  it("👎 opens a reason prompt; the reason is stored with the feedback (closing it stores the 👎 alone)", async () => {
    const answer = answers(await during(() => postEvent(mention("三（二）讲了什么？", "1700000012.000100")))).at(-1)!;
    const key = buttonValue(answer.body.blocks, FEEDBACK_DOWN_ACTION);
    const opened = await during(() => postAction(click(FEEDBACK_DOWN_ACTION, key, fake.responseUrl("down1"), { messageTs: answer.body.ts })));
    const view = opened.find((c) => c.method === "views.open")!.body.view;
    expect(view).toMatchObject({ callback_id: FEEDBACK_REASON_VIEW, notify_on_close: true });
    expect(view.blocks[0].optional).toBe(true);
    await during(() => postForm({ payload: JSON.stringify(viewPayload("view_submission", FEEDBACK_REASON_VIEW, view.private_metadata, "没有说清楚赤泥怎么处理")) }));
    await during(() => postForm({ payload: JSON.stringify(viewPayload("view_closed", FEEDBACK_REASON_VIEW, view.private_metadata, null)) }));

    const reader = createSqliteStores({ dataDir: app.config.dataDir, retentionDays: 30 });
    try {
      const downs = reader.feedback.list().filter((r) => r.rating === "down");
      expect(downs).toHaveLength(2);
      expect(downs[0]).toMatchObject({ platform: "slack", question: "三（二）讲了什么？", reason: "没有说清楚赤泥怎么处理", channelId: "C0001" });
      expect(downs[0]!.answer).toContain("三（二）");
      expect(downs[0]!.citations.length).toBeGreaterThan(0);
      expect(downs[1]!.reason).toBeUndefined();
      expect(downs[1]!.question).toBe("三（二）讲了什么？");
    } finally {
      reader.close();
    }
  });

  it("公开到频道 posts the question, who asked it (<@U…>) and the answer", async () => {
    const answer = answers(await during(() => postForm(slashCommand("clause 三（四）", fake.responseUrl("pub-ask"))))).at(-1)!;
    const published = await during(() => postAction(click(PUBLISH_ACTION, buttonValue(answer.body.blocks, PUBLISH_ACTION), fake.responseUrl("pub1"))));
    const post = published.find((c) => c.method === "chat.postMessage")!;
    expect(post.body.channel).toBe("C0001");
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.blocks[0].text.text).toBe("<@U0001> 问：三（四）");
    expect(post.body.text).toMatch(/^<@U0001> 问：三（四）\n/);
    expect(textOf(post)).toContain("〔三（四）〕");
    expect(actionIds(post.body.blocks)).toEqual(["alubot_feedback_up", "alubot_feedback_down"]);
    expect(published.find((c) => c.method === "respond:pub1")!.body.delete_original).toBe(true);
  });
});

describe("Slack: App Home and the AI split view", () => {
  it("publishes an App Home tab with the document outline, example questions and a 项目检查 button", async () => {
    const calls = await during(() => postEvent(appHomeOpened("U0001")));
    const publish = calls.find((c) => c.method === "views.publish")!;
    expect(publish.body.user_id).toBe("U0001");
    const view = publish.body.view;
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = blockTexts(view.blocks).join("\n");
    for (const c of app.corpus().clauses.filter((x) => x.clauseId.includes("."))) expect(text).toContain(`${c.label} ${c.title}`);
    expect(text).toContain("*第三部分 优化调整产业规模结构*");
    expect(text).toContain("黔工信〔2024〕10号");
    const examples = text.slice(text.indexOf("可以这样问"));
    expect(app.corpus().clauses.length).toBeGreaterThan(0);
    for (const q of chatDepsOf(app, logger).catalog.examples) expect(examples).toContain(q);
    expect(actionIds(view.blocks)).toEqual([HOME_CHECK_ACTION]);
    expect(await during(() => postEvent(appHomeOpened("U0001", "messages")))).toEqual([]);
  });

  it("项目检查 opens the check modal; the check runs in the user's DM, where a typed answer continues it", async () => {
    const opened = await during(() => postAction(click(HOME_CHECK_ACTION, "", fake.responseUrl("home1"), { channel: "DU0001", triggerId: "trig-home" })));
    const view = opened.find((c) => c.method === "views.open")!.body.view;
    expect(view).toMatchObject({ callback_id: HOME_CHECK_VIEW, title: { text: "项目检查" } });
    const started = await during(() => postForm({ payload: JSON.stringify(viewPayload("view_submission", HOME_CHECK_VIEW, view.private_metadata, "在兴仁经开区新建电解铝项目")) }));
    expect(started[0]).toMatchObject({ method: "conversations.open", body: { users: "U0001" } });
    expect(started[1]!.body).toMatchObject({ channel: "DU0001", text: "📋 项目检查：在兴仁经开区新建电解铝项目" });
    const question = answers(started).at(-1)!;
    expect(textOf(question)).toMatch(/产能指标落实了吗/);
    expect(actionIds(question.body.blocks)).toContain(CHECK_ACTIONS.yes);

    const typed = answers(await during(() => postEvent(directMessage("有，已经公告了", "1700000020.000100", "DU0001"))));
    expect(textOf(typed.at(-1)!)).toMatch(/能效/);
  });

  it("the assistant view: suggested prompts when a thread opens, then status (not a placeholder), title and answer", async () => {
    const thread = "1700000030.000100";
    const opened = await during(() => postEvent(assistantThreadStarted(thread)));
    expect(opened.map((c) => c.method)).toEqual(["chat.postMessage", "assistant.threads.setSuggestedPrompts"]);
    expect(opened[0]!.body).toMatchObject({ channel: "D0009", thread_ts: thread, text: ASSISTANT_GREETING });
    const prompts = opened[1]!.body.prompts as { title: string; message: string }[];
    expect(prompts.length).toBeLessThanOrEqual(4);
    expect(prompts.at(-1)!.message).toMatch(/^项目检查：/);

    const asked = await during(() => postEvent(assistantMessage("三（四）讲了什么？", "1700000030.000200", thread)));
    expect(asked.map((c) => c.method)).toEqual(["assistant.threads.setTitle", "assistant.threads.setStatus", "chat.postMessage"]);
    expect(asked[0]!.body).toMatchObject({ channel_id: "D0009", thread_ts: thread, title: "三（四）讲了什么？" });
    expect(asked[1]!.body).toMatchObject({ channel_id: "D0009", thread_ts: thread, status: ASSISTANT_STATUS });
    expect(asked[2]!.body.thread_ts).toBe(thread);
    expect(textOf(asked[2]!)).toContain("〔三（四）〕");
    expect(fake.calls.some((c) => c.body.text === THINKING_TEXT && c.body.channel === "D0009")).toBe(false);

    const followUp = await during(() => postEvent(assistantMessage("这一条由哪些部门负责？", "1700000030.000300", thread)));
    expect(followUp.map((c) => c.method)).toEqual(["assistant.threads.setStatus", "chat.postMessage"]);
    expect(textOf(followUp[1]!)).toContain("三（四）");
  });
});
