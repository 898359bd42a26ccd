import { buildAppMention, buildEventCallback } from "../../src/adapters/slack/testing/slack-event-envelopes.js";
import { FAKE_TEAM_ID } from "../helpers/fake-slack-api.js";

let eventSeq = 0;

/** An Events API envelope as Slack sends it, with what Bolt needs to authorize and route it. */
export function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  return buildEventCallback(event, ++eventSeq);
}

export function mention(text: string, ts: string, threadTs?: string, channel = "C0001"): Record<string, unknown> {
  return buildAppMention({ text, ts, channel, user: "U0001", ...(threadTs ? { threadTs } : {}) }, ++eventSeq);
}

export function directMessage(text: string, ts: string, channel = "D0001"): Record<string, unknown> {
  return eventCallback({ type: "message", channel_type: "im", user: "U0002", text, ts, channel });
}

export function slashCommand(text: string, responseUrl: string): Record<string, string> {
  return {
    token: "legacy-token", team_id: FAKE_TEAM_ID, channel_id: "C0001", user_id: "U0001", user_name: "tester",
    command: "/alubot", text, response_url: responseUrl, trigger_id: "trig", api_app_id: "A0001",
  };
}

export function buttonClick(actionId: string, value: string, responseUrl: string): Record<string, unknown> {
  return {
    type: "block_actions", token: "legacy-token", api_app_id: "A0001", trigger_id: "trig", response_url: responseUrl,
    user: { id: "U0001", username: "tester", team_id: FAKE_TEAM_ID }, team: { id: FAKE_TEAM_ID, domain: "fake" },
    channel: { id: "C0001", name: "general" }, container: { type: "message", message_ts: "1.1", channel_id: "C0001", is_ephemeral: true },
    actions: [{ type: "button", action_id: actionId, block_id: "alubot_actions", value, action_ts: "1.2", text: { type: "plain_text", text: "x" } }],
  };
}

/** Every block's text, flattened: what a reader of the message sees. */
export function blockTexts(blocks: any[]): string[] {
  return blocks.flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e: any) => e.text?.text ?? e.text)].filter((t): t is string => typeof t === "string"));
}

export function buttonValue(blocks: any[], actionId: string): string {
  const el = blocks.flatMap((b) => b.elements ?? []).find((e: any) => e.action_id === actionId);
  if (!el) throw new Error(`no button ${actionId}`);
  return el.value as string;
}

/** A plain channel message (message.channels), optionally a reply in a thread. */
export function channelMessage(text: string, ts: string, opts: { threadTs?: string; channel?: string; user?: string; extra?: Record<string, unknown> } = {}): Record<string, unknown> {
  return eventCallback({
    type: "message", channel_type: "channel", channel: opts.channel ?? "C0001", user: opts.user ?? "U0001", text, ts,
    ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}), ...opts.extra,
  });
}

/** A message in a thread of the assistant view (a DM channel, with thread_ts). */
export function assistantMessage(text: string, ts: string, threadTs: string, channel = "D0009", user = "U0009"): Record<string, unknown> {
  return eventCallback({ type: "message", channel_type: "im", channel, user, text, ts, thread_ts: threadTs });
}

export function assistantThreadStarted(threadTs: string, channel = "D0009", user = "U0009"): Record<string, unknown> {
  return eventCallback({
    type: "assistant_thread_started", ts: threadTs,
    assistant_thread: { user_id: user, channel_id: channel, thread_ts: threadTs, context: {} },
  });
}

export function appHomeOpened(user = "U0001", tab = "home"): Record<string, unknown> {
  return eventCallback({ type: "app_home_opened", user, channel: `D${user}`, tab, ts: "1700000900.000100" });
}

export interface ClickSpec {
  user?: string;
  channel?: string;
  /** The message the button is on; ephemeral ones have no ts to update. */
  messageTs?: string;
  ephemeral?: boolean;
  triggerId?: string;
}

/** A block_actions click as Slack sends it, for a button on a channel, thread, DM or ephemeral message. */
export function click(actionId: string, value: string, responseUrl: string, spec: ClickSpec = {}): Record<string, unknown> {
  const channel = spec.channel ?? "C0001";
  const user = spec.user ?? "U0001";
  const ephemeral = spec.ephemeral ?? !spec.messageTs;
  return {
    type: "block_actions", token: "legacy-token", api_app_id: "A0001", trigger_id: spec.triggerId ?? "trig", response_url: responseUrl,
    user: { id: user, username: "tester", team_id: FAKE_TEAM_ID }, team: { id: FAKE_TEAM_ID, domain: "fake" },
    channel: { id: channel, name: "general" },
    container: { type: "message", message_ts: spec.messageTs ?? "1.1", channel_id: channel, is_ephemeral: ephemeral },
    ...(spec.messageTs ? { message: { type: "message", ts: spec.messageTs, text: "", user: "UBOT" } } : {}),
    actions: [{ type: "button", action_id: actionId, block_id: "b", value, action_ts: "1.2", text: { type: "plain_text", text: "x" } }],
  };
}

/** A modal submission (or closing, with type "view_closed") carrying the modal's one text input. */
export function viewPayload(type: "view_submission" | "view_closed", callbackId: string, privateMetadata: string, value: string | null, user = "U0001"): Record<string, unknown> {
  return {
    type, token: "legacy-token", api_app_id: "A0001", team: { id: FAKE_TEAM_ID, domain: "fake" },
    user: { id: user, username: "tester", team_id: FAKE_TEAM_ID }, trigger_id: "trig2", is_cleared: false,
    view: {
      id: "V1", team_id: FAKE_TEAM_ID, type: "modal", callback_id: callbackId, private_metadata: privateMetadata, blocks: [], hash: "h",
      state: { values: { alubot_input: { text: { type: "plain_text_input", value } } } },
      title: { type: "plain_text", text: "x" }, close: null, submit: null, previous_view_id: null, root_view_id: "V1", app_id: "A0001",
      external_id: "", app_installed_team_id: FAKE_TEAM_ID, bot_id: "BBOT",
    },
  };
}

/** Ids of every button in the blocks, in order. */
export function actionIds(blocks: any[]): string[] {
  return blocks.flatMap((b) => (b.type === "actions" ? b.elements.map((e: any) => e.action_id) : []));
}
