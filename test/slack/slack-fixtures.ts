import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from "../helpers/fake-slack-api.js";

let eventSeq = 0;

/** An Events API envelope as Slack sends it, with what Bolt needs to authorize and route it. */
export function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  eventSeq++;
  return {
    token: "legacy-token",
    team_id: FAKE_TEAM_ID,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev${eventSeq}`,
    event_time: 1_700_000_000 + eventSeq,
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event: { event_ts: String(event.ts), ...event },
  };
}

export function mention(text: string, ts: string, threadTs?: string, channel = "C0001"): Record<string, unknown> {
  return eventCallback({ type: "app_mention", user: "U0001", text: `<@${FAKE_BOT_USER_ID}> ${text}`, ts, channel, ...(threadTs ? { thread_ts: threadTs } : {}) });
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
