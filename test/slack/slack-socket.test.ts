import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackTransport, type SlackTransport } from "../../src/adapters/slack/create-slack-transport.js";
import { createAdapterTestKit } from "../helpers/adapter-test-kit.js";
import { startFakeSlackApi, type FakeSlackApi } from "../helpers/fake-slack-api.js";
import { blockTexts, directMessage, slashCommand } from "./slack-fixtures.js";

const kit = createAdapterTestKit();
let fake: FakeSlackApi;
let transport: SlackTransport;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  transport = createSlackTransport({ mode: "socket", botToken: "xoxb-test", appToken: "xapp-test", apiUrl: fake.apiUrl }, kit.deps, { retries: 0 });
  await transport.start();
  await fake.socketConnected();
});

afterAll(async () => {
  await transport?.stop();
  await fake?.close();
});

describe("Slack over Socket Mode (real Bolt, fake websocket)", () => {
  it("acks a DM envelope and answers at the DM's top level without a mention", async () => {
    const event = directMessage("五（三）讲了什么？", "1700000100.000100");
    const ack = fake.sendEnvelope("events_api", event);
    await expect(ack).resolves.toBeDefined();
    const update = await fake.waitForCall("chat.update");
    expect(blockTexts(update.body.blocks).join("\n")).toContain("〔五（三）〕");
    const placeholder = fake.callsTo("chat.postMessage")[0]!;
    expect(placeholder.body).toMatchObject({ channel: "D0001" });
    expect(placeholder.body.thread_ts).toBeUndefined();
    // The DM's top level is one conversation, not one per message.
    expect(kit.engine.calls[0]!.input).toMatchObject({ text: "五（三）讲了什么？", userId: "U0002", conversationId: "slack:T0001/D0001" });
  });

  it("ignores messages from bots and empty messages", async () => {
    const before = kit.engine.calls.length;
    const botEvent = directMessage("我是另一个机器人", "1700000101.000100") as { event: Record<string, unknown> };
    botEvent.event.bot_id = "BOTHER";
    await fake.sendEnvelope("events_api", botEvent);
    await fake.sendEnvelope("events_api", directMessage("   ", "1700000102.000100"));
    await new Promise((r) => setTimeout(r, 100));
    expect(kit.engine.calls.length).toBe(before);
  });

  it("round-trips a slash command envelope: ack on the socket, answer via response_url", async () => {
    await fake.sendEnvelope("slash_commands", slashCommand("targets", fake.responseUrl("sock1")));
    const resp = await fake.waitForCall("respond:sock1");
    expect(resp.body.response_type).toBe("ephemeral");
    expect(kit.engine.calls.at(-1)!.input).toMatchObject({ intent: "targets", text: "" });
  });
});
