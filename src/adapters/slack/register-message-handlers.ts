import type { App } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import { answerOnSlack } from "./answer-on-slack.js";
import { isDmChannel, slackDmConversationId, slackThreadConversationId } from "./slack-conversation-id.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";
import { mentionsSlackUser, stripSlackBotMention } from "./strip-slack-bot-mention.js";

/**
 * Channels: a mention is answered in the message's thread, and from then on the thread is a
 * conversation — plain replies there are answered without a fresh @mention. Channel messages outside
 * such threads are never answered. DMs: the top level is one conversation (threads in a DM belong to
 * the assistant view, see register-assistant.ts).
 */
export function registerMessageHandlers(app: App, deps: SlackAdapterDeps): void {
  app.event("app_mention", async ({ event, context, client, body }) => {
    // DMs arrive as `message` events too; answering both would double every reply.
    if (event.bot_id || !event.user || isDmChannel(event.channel)) return;
    const text = stripSlackBotMention(event.text, context.botUserId);
    if (!text) return;
    const threadTs = event.thread_ts ?? event.ts;
    await deps.inFlight.run(() =>
      answerOnSlack(deps, { client, delivery: { kind: "slack-thread", channel: event.channel, threadTs } }, {
        text,
        conversationId: slackThreadConversationId(context.teamId ?? body.team_id, event.channel, threadTs),
        userId: event.user!,
        platform: "slack",
        channelId: event.channel,
      }),
    );
  });

  app.message(async ({ message, context, client, body }) => {
    try {
      // Plain user messages only: edits, deletions, joins, bot posts carry a subtype or bot_id.
      if (message.subtype !== undefined || message.bot_id || !message.user) return;
      const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
      const raw = message.text ?? "";
      if (message.channel_type === "im") {
        // Threads in a DM are handled by the assistant middleware before this listener; never twice.
        if (message.thread_ts) return;
        const text = stripSlackBotMention(raw, context.botUserId);
        if (!text) return;
        await deps.inFlight.run(() =>
          answerOnSlack(deps, { client, delivery: { kind: "slack-dm", channel: message.channel } }, {
            text, conversationId: slackDmConversationId(teamId, message.channel), userId: message.user, platform: "slack", channelId: message.channel,
          }),
        );
        return;
      }
      // A reply that mentions the bot is also an app_mention event, answered there.
      if (!message.thread_ts || mentionsSlackUser(raw, context.botUserId)) return;
      const conversationId = slackThreadConversationId(teamId, message.channel, message.thread_ts);
      if (!(await deps.conversations.get(conversationId))) return;
      const text = raw.trim();
      if (!text) return;
      const threadTs = message.thread_ts;
      await deps.inFlight.run(() =>
        answerOnSlack(deps, { client, delivery: { kind: "slack-thread", channel: message.channel, threadTs } }, {
          text, conversationId, userId: message.user, platform: "slack", channelId: message.channel,
        }),
      );
    } catch (err) {
      deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: message handler failed");
    }
  });
}
