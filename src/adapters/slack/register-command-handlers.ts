import type { App } from "@slack/bolt";
import { answerOnSlack } from "./answer-on-slack.js";
import { parseSlashCommand } from "./parse-slash-command.js";
import { slackCommandConversationId } from "./slack-conversation-id.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

export const SLASH_COMMAND = "/alubot";

/**
 * `/alubot <subcommand> …`: acknowledged at once (Slack allows 3 s), answered privately through the
 * response_url, with a button to share the answer in the channel.
 */
export function registerCommandHandlers(app: App, deps: SlackAdapterDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const request = parseSlashCommand(command.text);
    await deps.inFlight.run(() =>
      answerOnSlack(
        deps,
        {
          client,
          delivery: { kind: "slack-ephemeral", channel: command.channel_id, user: command.user_id, responseUrl: command.response_url },
          respond,
        },
        {
          text: request.text,
          conversationId: slackCommandConversationId(command.team_id, command.channel_id, command.user_id),
          userId: command.user_id,
          platform: "slack",
          channelId: command.channel_id,
          ...(request.intent ? { intent: request.intent } : {}),
        },
      ),
    );
  });
}
