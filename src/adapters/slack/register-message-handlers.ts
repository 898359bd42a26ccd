import type { App } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import { claimSlackEvent } from "./claim-slack-event.js";
import { stripSlackBotMention } from "./strip-slack-bot-mention.js";
import { postSlackAnswer } from "./post-slack-answer.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

/** One conversation per thread: the thread's root ts names it, so follow-ups share history. */
export function slackConversationId(teamId: string | undefined, channel: string, threadTs: string): string {
  return `slack:${teamId ?? "-"}/${channel}/${threadTs}`;
}

/** Mentions in channels (answered in the message's thread) and direct messages (no mention needed). */
export function registerMessageHandlers(app: App, deps: SlackAdapterDeps): void {
  app.event("app_mention", async ({ event, context, client, body }) => {
    // DMs arrive as `message` events too; answering both would double every reply.
    if (event.bot_id || !event.user || event.channel.startsWith("D")) return;
    const text = stripSlackBotMention(event.text, context.botUserId);
    if (!text) return;
    if (!(await claimSlackEvent(deps, body))) return;
    const threadTs = event.thread_ts ?? event.ts;
    await deps.inFlight.run(() =>
      postSlackAnswer(deps, { client, channel: event.channel, threadTs }, {
        text,
        conversationId: slackConversationId(context.teamId ?? body.team_id, event.channel, threadTs),
        userId: event.user!,
        platform: "slack",
        channelId: event.channel,
      }),
    );
  });

  app.message(async ({ message, context, client, body }) => {
    try {
      // Only plain user messages in DMs: edits, joins and bot posts carry a subtype or bot_id.
      if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user) return;
      const text = stripSlackBotMention(message.text ?? "", context.botUserId);
      if (!text) return;
      if (!(await claimSlackEvent(deps, body))) return;
      const threadTs = message.thread_ts ?? message.ts;
      const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
      await deps.inFlight.run(() =>
        postSlackAnswer(deps, { client, channel: message.channel, threadTs }, {
          text,
          conversationId: slackConversationId(teamId, message.channel, threadTs),
          userId: message.user,
          platform: "slack",
          channelId: message.channel,
        }),
      );
    } catch (err) {
      deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: DM handler failed");
    }
  });
}
