import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppMention } from "../../src/adapters/slack/testing/slack-event-envelopes.js";
import type { SlackCall } from "../../src/adapters/slack/testing/fake-slack-web-api.js";
import { blockTexts, buttonClick, buttonValue } from "../slack/slack-fixtures.js";
import { createTestDatabase, pgServerUrl, pgSkipReason, type TestDatabase } from "../helpers/postgres-db.js";
import { startFakeSlackSockets, type FakeSlackSockets } from "./fake-slack-sockets.js";

/*
 * Two `alubot start` processes (the built CLI) against one PostgreSQL and the loopback Slack in Socket
 * Mode, each replica on its own connection: what lands on either replica sees the same conversations,
 * checks, dedupe keys and audit log.
 */
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/store/postgres/open-postgres-stores.js", import.meta.url));

interface Replica {
  name: string;
  child: ChildProcess;
  stderr(): string;
  exited: Promise<NodeJS.Signals | number | null>;
}

let slack: FakeSlackSockets;
let db: TestDatabase;
let dataDir: string;
let a: Replica;
let b: Replica;
let seq = 70_000;
const replicas: Replica[] = [];

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DATABASE_URL: db.url,
    ALUBOT_DATA_DIR: dataDir,
    ALUBOT_LOG_LEVEL: "warn",
    SLACK_BOT_TOKEN: "xoxb-replica",
    SLACK_APP_TOKEN: "xapp-replica",
    SLACK_API_URL: slack.apiUrl,
    // The burst below comes from many users at once; the limits are not what is under test here.
    ALUBOT_RATE_USER_PER_MIN: "10000",
    ALUBOT_RATE_CHANNEL_PER_MIN: "10000",
    ...extra,
  };
}

async function startReplica(name: string): Promise<Replica> {
  const child = spawn(process.execPath, [CLI, "start"], { env: env(), stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
  const replica: Replica = { name, child, stderr: () => err, exited };
  replicas.push(replica);
  const deadline = Date.now() + 20_000;
  while (!err.includes("alubot 已启动")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`replica ${name} did not start:\n${err.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return replica;
}

const mention = (channel: string, text: string, threadTs: string, ts = threadTs, user = "URPL1") =>
  buildAppMention({ text, ts, channel, user, ...(ts !== threadTs ? { threadTs } : {}) }, ++seq);

/** Final answers (the placeholder replaced) posted in `channel`, in order. */
const answersIn = (channel: string) => slack.callsTo("chat.update").filter((c) => c.body.channel === channel);
const placeholdersIn = (channel: string) => slack.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);
const textOf = (c: SlackCall) => blockTexts(c.body.blocks ?? []).join("\n");

async function waitForAnswers(channel: string, count: number, timeoutMs = 15_000): Promise<SlackCall[]> {
  const deadline = Date.now() + timeoutMs;
  while (answersIn(channel).length < count) {
    if (Date.now() > deadline) throw new Error(`no ${count} answer(s) in ${channel}; replica logs:\n${replicas.map((r) => r.stderr().slice(-1500)).join("\n---\n")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return answersIn(channel);
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe.skipIf(!pgServerUrl)("two `alubot start` replicas on one PostgreSQL (Slack Socket Mode)", () => {
  beforeAll(async () => {
    if (!existsSync(BUILT)) throw new Error("dist/ is missing or stale: run `npm run build` first (npm ci does it in prepare)");
    [slack, db] = await Promise.all([startFakeSlackSockets(), createTestDatabase()]);
    dataDir = mkdtempSync(join(tmpdir(), "alubot-replicas-"));
    // One retrieval index both replicas read (offline embedder), built once instead of by each.
    const index = spawnSync(process.execPath, [CLI, "index"], { env: env(), encoding: "utf8" });
    expect(index.status, index.stderr).toBe(0);
    a = await startReplica("A");
    await slack.connected(1);
    b = await startReplica("B");
    await slack.connected(2);
    // Warm both (retriever load) so the scenarios below measure behaviour, not start-up.
    await slack.sendTo(0, mention("CWARMA", "三（四）讲了什么？", "1700000001.000100"));
    await slack.sendTo(1, mention("CWARMB", "三（四）讲了什么？", "1700000002.000100"));
    await Promise.all([waitForAnswers("CWARMA", 1, 30_000), waitForAnswers("CWARMB", 1, 30_000)]);
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGTERM");
    await Promise.all(replicas.map((r) => r.exited));
    await slack?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it("a thread's follow-up sent to the other replica is answered with the thread's context", async () => {
    const thread = "1700000100.000100";
    await slack.sendTo(0, mention("CFOLLOW", "到2027年再生铝占原铝供应量的比重目标是多少？", thread));
    const [first] = await waitForAnswers("CFOLLOW", 1);
    expect(textOf(first!)).toContain("再生铝");
    await slack.sendTo(1, mention("CFOLLOW", "那牵头部门是谁？", thread, "1700000100.000200"));
    const second = (await waitForAnswers("CFOLLOW", 2))[1]!;
    // The same follow-up without history (a new thread on the same replica) cannot know what "那" refers to.
    await slack.sendTo(1, mention("CCOLD", "那牵头部门是谁？", "1700000101.000100"));
    const [cold] = await waitForAnswers("CCOLD", 1);
    expect(textOf(second)).toContain("再生铝");
    expect(textOf(second)).toContain("责任部门");
    expect(textOf(second)).not.toBe(textOf(cold!));
    const [row] = await query<{ turns: { text: string }[] }>("SELECT turns FROM conversations WHERE id LIKE $1", [`%/CFOLLOW/${thread}`]);
    expect(row!.turns.filter((t, i) => i % 2 === 0).map((t) => t.text)[0]).toContain("再生铝");
    expect(row!.turns).toHaveLength(4);
  });

  it("a project check begun on one replica is finished on the other", async () => {
    const thread = "1700000200.000100";
    await slack.sendTo(0, mention("CCHECK", "我们拟在兴仁经开区新建电解铝项目，年产10万吨", thread));
    const [asked] = await waitForAnswers("CCHECK", 1);
    const pending = await query<{ pending_check: unknown }>("SELECT pending_check FROM conversations WHERE id LIKE $1", [`%/CCHECK/${thread}`]);
    expect(pending[0]?.pending_check).not.toBeNull(); // replica A is waiting for missing facts
    expect(textOf(asked!)).toContain("*还需要了解*"); // A asks for the missing facts
    await slack.sendTo(1, mention("CCHECK", "不清楚", thread, "1700000200.000200"));
    const finished = (await waitForAnswers("CCHECK", 2))[1]!;
    // B's answer is the report for the project A started on (电解铝), not a fresh question.
    expect(textOf(finished)).toContain("项目准入检查*（电解铝）");
    expect(textOf(finished)).not.toContain("*还需要了解*");
    const after = await query<{ pending_check: unknown }>("SELECT pending_check FROM conversations WHERE id LIKE $1", [`%/CCHECK/${thread}`]);
    expect(after[0]?.pending_check).toBeNull(); // replica B completed it
    // Without the pending check, the same words on B are not a project check at all.
    await slack.sendTo(1, mention("CNOCHECK", "不清楚", "1700000201.000100"));
    const [plain] = await waitForAnswers("CNOCHECK", 1);
    expect(textOf(plain!)).not.toContain("项目准入检查");
  });

  it("a retried event (same event_id) delivered to both replicas is answered once", async () => {
    const retried = mention("CRETRY", "三（五）讲了什么？", "1700000300.000100");
    await Promise.all([slack.sendTo(0, retried), slack.sendTo(1, retried)]);
    await waitForAnswers("CRETRY", 1);
    // Give the losing replica every chance to (wrongly) answer too.
    await new Promise((r) => setTimeout(r, 800));
    expect(placeholdersIn("CRETRY")).toHaveLength(1);
    expect(answersIn("CRETRY")).toHaveLength(1);
    const audited = await query<{ n: number }>("SELECT count(*)::int AS n FROM audit WHERE channel_id = 'CRETRY'");
    expect(audited[0]!.n).toBe(1);
  });

  it("a 👍 on an answer one replica gave, clicked through the other, stores the feedback with that answer's question", async () => {
    await slack.sendTo(0, mention("CBUTTON", "三（四）讲了什么？", "1700000400.000100"));
    const [answer] = await waitForAnswers("CBUTTON", 1);
    // Only an id travels in the button; the payload it names is in the shared database.
    const key = buttonValue(answer!.body.blocks ?? [], "alubot_feedback_up");
    await slack.sendTo(1, buttonClick("alubot_feedback_up", key, slack.responseUrl("btn-other-replica")), "interactive");
    const deadline = Date.now() + 10_000;
    let rows: { question: string; rating: string }[] = [];
    while (!(rows = await query<{ question: string; rating: string }>("SELECT question, rating FROM feedback WHERE channel_id = 'CBUTTON'")).length) {
      if (Date.now() > deadline) throw new Error(`no feedback stored; replica logs:\n${replicas.map((r) => r.stderr().slice(-1500)).join("\n---\n")}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(rows).toEqual([{ question: "三（四）讲了什么？", rating: "up" }]);
  });

  it("SIGKILL of one replica mid-burst loses no acknowledged record; the other keeps answering", async () => {
    const channelsA = Array.from({ length: 40 }, (_, i) => `CBURSTA${i}`);
    const channelsB = Array.from({ length: 10 }, (_, i) => `CBURSTB${i}`);
    const sends: Promise<void>[] = [];
    for (const [i, ch] of channelsA.entries()) sends.push(slack.sendTo(0, mention(ch, "到2027年再生铝占比目标是多少？", `17000004${String(i).padStart(2, "0")}.000100`, undefined, `UA${i}`)).catch(() => undefined));
    // Kill once A has delivered some answers and is still busy with the rest.
    const deadline = Date.now() + 20_000;
    while (channelsA.filter((ch) => answersIn(ch).length > 0).length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    a.child.kill("SIGKILL");
    expect(await a.exited).toBe("SIGKILL");
    await Promise.allSettled(sends);
    const answeredA = channelsA.filter((ch) => answersIn(ch).length > 0);
    expect(answeredA.length).toBeGreaterThanOrEqual(5);
    expect(answeredA.length).toBeLessThan(channelsA.length); // killed while it still had work

    for (const [i, ch] of channelsB.entries()) await slack.sendTo(1, mention(ch, "三（四）讲了什么？", `17000005${String(i).padStart(2, "0")}.000100`, undefined, `UB${i}`));
    await Promise.all(channelsB.map((ch) => waitForAnswers(ch, 1)));

    // Every answer a user saw was audited first: the record is in the database although its replica died.
    const rows = await query<{ channel_id: string }>("SELECT channel_id FROM audit WHERE channel_id LIKE 'CBURST%'");
    const audited = new Set(rows.map((r) => r.channel_id));
    expect(answeredA.filter((ch) => !audited.has(ch))).toEqual([]);
    expect(channelsB.filter((ch) => !audited.has(ch))).toEqual([]);
  }, 60_000);

  it("`alubot export` shows both replicas' records", async () => {
    const out = spawnSync(process.execPath, [CLI, "export", "--format", "jsonl"], { env: env(), encoding: "utf8" });
    expect(out.status, out.stderr).toBe(0);
    const records = out.stdout.trim().split("\n").map((l) => JSON.parse(l) as { channelId: string; question: string });
    const channels = new Set(records.map((r) => r.channelId));
    // CFOLLOW: first question on A, follow-up on B; CWARMA/CWARMB: one per replica.
    for (const ch of ["CWARMA", "CWARMB", "CFOLLOW", "CCHECK", "CRETRY"]) expect(channels.has(ch), ch).toBe(true);
    expect(records.filter((r) => r.channelId === "CFOLLOW").map((r) => r.question)).toHaveLength(2);
    expect(out.stderr).toContain("所有副本");
  });
});

describe.skipIf(pgServerUrl)("two `alubot start` replicas (skipped)", () => {
  it.skip(pgSkipReason || "PostgreSQL 不可用", () => undefined);
});
