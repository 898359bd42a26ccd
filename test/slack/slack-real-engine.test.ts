import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackTransport, type SlackTransport } from "../../src/adapters/slack/create-slack-transport.js";
import { FEEDBACK_UP_ACTION, PUBLISH_ACTION } from "../../src/adapters/slack/render-blocks.js";
import type { App } from "../../src/app/create-app.js";
import { createSqliteStores } from "../../src/store/sqlite/create-sqlite-stores.js";
import { chatDepsOf } from "../helpers/chat-test-app.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { startFakeSlackApi, type FakeSlackApi } from "../helpers/fake-slack-api.js";
import { createRecordingLogger } from "../helpers/recording-logger.js";
import { postSigned } from "../helpers/slack-signing.js";
import { blockTexts, buttonClick, buttonValue, mention, slashCommand } from "./slack-fixtures.js";

/*
 * The real guarded engine (input hygiene, rate limits, audit, hybrid retriever, admission checks, SQLite
 * store in a temp dir) behind the real Bolt app, against the fake Slack Web API on 127.0.0.1.
 */
const SECRET = "real-engine-signing-secret";
const ROOT_TS = "1700000101.000100";
const FIRST_WAIT_MS = 20_000;
let app: App;
let fake: FakeSlackApi;
let transport: SlackTransport;
let eventsUrl: string;
const logger = createRecordingLogger();

beforeAll(async () => {
  app = createTestApp();
  fake = await startFakeSlackApi();
  transport = createSlackTransport(
    { mode: "http", botToken: "xoxb-real-engine", signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl },
    chatDepsOf(app, logger),
    { retries: 0, processBeforeResponse: true, host: "127.0.0.1" },
  );
  const { port } = await transport.start();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  // Built here, not inside the first request: the index build would eat the first wait's budget.
  await app.retriever();
}, 60_000);

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
  app?.close();
});

const postEvent = (body: unknown) => postSigned(eventsUrl, SECRET, JSON.stringify(body), "application/json");
const postForm = (fields: Record<string, string>) => postSigned(eventsUrl, SECRET, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
/**
 * The final answer in a thread: its "thinking" placeholder went to that thread, then was updated with
 * the blocks. processBeforeResponse makes each request finish its handler before the next is sent.
 */
async function answerIn(threadTs: string, after: number) {
  await fake.waitForCall("chat.postMessage", (c) => fake.calls.indexOf(c) >= after && c.body.thread_ts === threadTs, FIRST_WAIT_MS);
  return fake.waitForCall("chat.update", (c) => fake.calls.indexOf(c) >= after, FIRST_WAIT_MS);
}

/** Every citation context block must name a real clause, and its quote must occur in that clause's text. */
function assertCitationsAreReal(blocks: any[]): string[] {
  const corpus = app.corpus();
  const labels: string[] = [];
  for (const b of blocks.filter((x) => x.type === "context" && String(x.elements[0].text).startsWith("📄"))) {
    const m = /^📄 \*(.+?)\* .*｜“(.+)”$/s.exec(b.elements[0].text as string);
    expect(m, JSON.stringify(b)).not.toBeNull();
    const [, label, quote] = m!;
    const clause = corpus.clauses.find((c) => c.label === label);
    expect(clause, `${label} is not a clause label`).toBeDefined();
    expect(clause!.text).toContain(quote!.replace(/…$/, ""));
    labels.push(label!);
  }
  return labels;
}

describe("Slack with the real engine", () => {
  let questionKey = "";

  it("answers a signed mention in its thread with the 20% target and a real citation", async () => {
    const before = fake.calls.length;
    expect((await postEvent(mention("再生铝占原铝供应量的比重目标是多少？", ROOT_TS))).status).toBe(200);
    const update = await answerIn(ROOT_TS, before);
    const blocks = update.body.blocks as any[];
    const texts = blockTexts(blocks).join("\n");
    expect(blocks[0].type).toBe("section");
    expect(blocks[0].text.text).toContain("20%");
    const labels = assertCitationsAreReal(blocks);
    expect(labels.length).toBeGreaterThan(0);
    expect(texts).toContain(`〔${labels[0]}〕`);
    questionKey = buttonValue(blocks, FEEDBACK_UP_ACTION);
  });

  it("keeps the thread's context: a follow-up naming no topic gets that topic's departments", async () => {
    const before = fake.calls.length;
    await postEvent(mention("那牵头部门是谁？", "1700000102.000100", ROOT_TS));
    const update = await answerIn(ROOT_TS, before);
    const texts = blockTexts(update.body.blocks);
    const deptLine = texts.find((t) => t.startsWith("*责任部门*："));
    expect(deptLine, texts.join("\n")).toBeDefined();
    const [cited] = assertCitationsAreReal(update.body.blocks);
    const clause = app.corpus().clauses.find((c) => c.label === cited)!;
    const lead = clause.departments[0]!.name;
    expect(deptLine).toContain(`${lead}（列首位，通常牵头）`);
    expect(texts[0]).toContain(lead);

    // Control: the same words in a fresh thread have no topic to resolve against.
    const freshTs = "1700000103.000100";
    const beforeFresh = fake.calls.length;
    await postEvent(mention("那牵头部门是谁？", freshTs));
    const fresh = await answerIn(freshTs, beforeFresh);
    expect(blockTexts(fresh.body.blocks)[0]).not.toBe(texts[0]);
  });

  it("answers /alubot check ephemerally with ❌ for 三（三）", async () => {
    const res = await postForm(slashCommand("check 在兴仁经开区新建电解铝，350kA电解槽，没有产能指标", fake.responseUrl("real-check")));
    expect(res.status).toBe(200);
    const resp = await fake.waitForCall("respond:real-check", undefined, FIRST_WAIT_MS);
    expect(resp.body.response_type).toBe("ephemeral");
    const texts = blockTexts(resp.body.blocks).join("\n");
    expect(texts).toMatch(/^❌ \*三（三）[^*]*\* 不符合/m);
    assertCitationsAreReal(resp.body.blocks);
    expect(buttonValue(resp.body.blocks, PUBLISH_ACTION)).toBe(buttonValue(resp.body.blocks, FEEDBACK_UP_ACTION));
  });

  it("stores 👍 in the app's SQLite feedback store, readable back through the store", async () => {
    const res = await postForm({ payload: JSON.stringify(buttonClick(FEEDBACK_UP_ACTION, questionKey, fake.responseUrl("real-fb"))) });
    expect(res.status).toBe(200);
    await fake.waitForCall("respond:real-fb");
    const reader = createSqliteStores({ dataDir: app.config.dataDir, retentionDays: app.config.retentionDays });
    try {
      const records = reader.feedback.list();
      expect(records).toHaveLength(1);
      const r = records[0]!;
      expect(r).toMatchObject({ platform: "slack", rating: "up", channelId: "C0001", question: "再生铝占原铝供应量的比重目标是多少？" });
      expect(r.answer).toContain("20%");
      expect(r.citations.length).toBeGreaterThan(0);
      // Same salted pseudonym as the audit log uses; never the raw id.
      expect(r.userHash).toBe(app.stores().hashUserId("slack", "U0001"));
    } finally {
      reader.close();
    }
  });
});
