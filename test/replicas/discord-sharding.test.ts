import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShardCoordinator } from "../../src/app/discord-shard-coordinator.js";
import { createApp, type App } from "../../src/app/create-app.js";
import type { RunningTransport } from "../../src/app/start-transports.js";
import { loadConfig } from "../../src/config/app-config.js";
import { createMemoryShardLeaseStore } from "../../src/store/shard-lease-store.js";
import { createAdapterTestKit } from "../helpers/adapter-test-kit.js";
import { botUser, FAKE_DISCORD, humanUser, messageObject, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";
import { createTestDatabase, pgServerUrl, pgSkipReason, type TestDatabase } from "../helpers/postgres-db.js";
import { createRecordingLogger } from "../helpers/recording-logger.js";

const kit = createAdapterTestKit();
let seq = 9_000;

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("shard coordinator (memory leases)", () => {
  it("starts only the shards whose lease it wins, and takes over a shard whose holder stopped renewing", async () => {
    const leases = createMemoryShardLeaseStore();
    await leases.acquire(1, "crashed-replica", 300); // held by a replica that will never renew
    const started: number[] = [];
    const stopped: number[] = [];
    const coordinator = createShardCoordinator({
      leases, owner: "me", shardCount: 3, leaseMs: 150, logger: createRecordingLogger(),
      startShard: async (id) => (started.push(id), { stop: async () => void stopped.push(id) }),
    });
    expect(await coordinator.start()).toEqual([0, 2]);
    await waitUntil(() => coordinator.owned().length === 3, 3000);
    expect(started).toEqual([0, 2, 1]);
    // Someone else holds shard 0 now (as after a partition): the session closes at the next renewal.
    await leases.release(0, "me");
    await leases.acquire(0, "other", 10_000);
    await waitUntil(() => !coordinator.owned().includes(0), 3000);
    expect(stopped).toEqual([0]);
    await coordinator.stop();
    expect(stopped.sort()).toEqual([0, 1, 2]);
    expect(await leases.acquire(1, "next", 1000)).toBe(true); // released on stop
  });
});

describe.skipIf(!pgServerUrl)("Discord sharding across replicas (real discord.js, fake gateway, one PostgreSQL)", () => {
  let fake: FakeDiscord;
  let db: TestDatabase;
  const apps: App[] = [];
  const running: RunningTransport[] = [];
  beforeAll(async () => {
    [fake, db] = await Promise.all([startFakeDiscord({ heartbeatMs: 500 }), createTestDatabase()]);
  });
  afterEach(async () => {
    for (const t of running.splice(0)) await t.stop();
    for (const a of apps.splice(0)) await a.close();
    await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    await fake?.close();
    await db?.drop();
  });

  async function replica(shards: string): Promise<{ app: App; transport: RunningTransport }> {
    const app = createApp(
      loadConfig({
        DATABASE_URL: db.url, ALUBOT_LOG_LEVEL: "silent", ALUBOT_DISCORD_SHARDS: shards, ALUBOT_DISCORD_LEASE_MS: "600",
        DISCORD_TOKEN: "discord-shard-token", DISCORD_APPLICATION_ID: FAKE_DISCORD.appId, DISCORD_API_URL: fake.apiUrl,
      }),
    );
    apps.push(app);
    await app.openStores();
    const starters = app.transportStarters({ engine: kit.engine, feedbackStore: app.feedbackStore(), logger: kit.logger, runTerminal: async () => undefined });
    const transport = await starters.discord(app.config.discord!);
    running.push(transport);
    return { app, transport };
  }

  const mention = (text: string) => {
    const id = String(++seq);
    fake.dispatch("MESSAGE_CREATE", messageObject(id, FAKE_DISCORD.channelId, humanUser, `<@${FAKE_DISCORD.botId}> ${text}`, [], FAKE_DISCORD.guildId, [botUser]));
    return id;
  };
  // A mention in a text channel opens a thread on it (the fake names it `${id}1`) and is answered there.
  const threadOf = (id: string) => `${id}1`;
  const repliesTo = (id: string) => fake.calls.filter((c) => c.method === "POST" && c.path === `/channels/${threadOf(id)}/messages`);
  const threadsOpenedOn = (id: string) => fake.calls.filter((c) => c.method === "POST" && new RegExp(`/messages/${id}/threads$`).test(c.path));

  it("two replicas, one shard ('auto' = Discord's recommendation): one session, one answer; the other takes over when it stops", async () => {
    const before = fake.identifies.length;
    const a = await replica("auto");
    const b = await replica("auto");
    expect(a.transport.label).toContain("本副本持有分片 0");
    expect(b.transport.label).toContain("暂未持有分片");
    expect(fake.identifies.slice(before).map((i) => i.shard)).toEqual([[0, 1]]);

    const first = mention("三（四）讲了什么？");
    await fake.waitForCall("POST", new RegExp(`^/channels/${threadOf(first)}/messages$`));
    await new Promise((r) => setTimeout(r, 300));
    expect(threadsOpenedOn(first)).toHaveLength(1);
    expect(repliesTo(first)).toHaveLength(1);

    // The holder shuts down (releasing its lease); the other replica's next heartbeat logs the shard in.
    await a.transport.stop();
    running.splice(running.indexOf(a.transport), 1);
    await waitUntil(() => fake.identifies.length === before + 2);
    expect(fake.identifies.at(-1)?.shard).toEqual([0, 1]);
    await new Promise((r) => setTimeout(r, 200)); // READY → GUILD_CREATE reaches the new session
    const second = mention("三（五）讲了什么？");
    await fake.waitForCall("POST", new RegExp(`^/channels/${threadOf(second)}/messages$`));
    await new Promise((r) => setTimeout(r, 300));
    expect(threadsOpenedOn(second)).toHaveLength(1);
    expect(repliesTo(second)).toHaveLength(1);
  });

  it("two replicas, two shards: each shard is logged in exactly once", async () => {
    const before = fake.identifies.length;
    const a = await replica("2");
    const b = await replica("2");
    const opened = fake.identifies.slice(before).map((i) => JSON.stringify(i.shard)).sort();
    expect(opened).toEqual(["[0,2]", "[1,2]"]);
    // The first replica up takes every free shard; the second stands by until a lease frees up.
    expect(a.transport.label).toBe("Discord（共 2 个分片，本副本持有分片 0、1）");
    expect(b.transport.label).toContain("暂未持有分片");
  });
});

describe.skipIf(pgServerUrl)("Discord sharding across replicas (skipped)", () => {
  it.skip(pgSkipReason || "PostgreSQL 不可用", () => undefined);
});
