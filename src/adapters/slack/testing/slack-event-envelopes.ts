import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from "./fake-slack-web-api.js";

/*
 * Events API envelopes as Slack sends them, for the tests and the load bench. The caller numbers
 * them (no module-level counter), so every envelope gets a distinct event_id.
 */

/** An Events API envelope with what Bolt needs to authorize and route it. */
export function buildEventCallback(event: Record<string, unknown>, seq: number): Record<string, unknown> {
  return {
    token: "legacy-token",
    team_id: FAKE_TEAM_ID,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev${seq}`,
    event_time: 1_700_000_000 + seq,
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event: { event_ts: String(event.ts), ...event },
  };
}

export interface AppMentionSpec {
  text: string;
  ts: string;
  channel: string;
  user: string;
  threadTs?: string;
}

/** A channel message that mentions the bot (the mention markup is prepended, as Slack does). */
export function buildAppMention(spec: AppMentionSpec, seq: number): Record<string, unknown> {
  const { text, ts, channel, user, threadTs } = spec;
  return buildEventCallback({ type: "app_mention", user, text: `<@${FAKE_BOT_USER_ID}> ${text}`, ts, channel, ...(threadTs ? { thread_ts: threadTs } : {}) }, seq);
}
