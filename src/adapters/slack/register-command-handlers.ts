import type { App, RespondFn } from "@slack/bolt";
import type { Reply } from "../../reply/reply-schema.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import { parseSlashCommand } from "./parse-slash-command.js";
import { renderBlocks } from "./render-blocks.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

export const SLASH_COMMAND = "/alubot";

/**
 * `/alubot <subcommand> …`: acknowledged at once (Slack allows 3 s), answered privately through the
 * response_url with a button to share the answer in the channel.
 */
export function registerCommandHandlers(app: App, deps: SlackAdapterDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const request = parseSlashCommand(command.text);
    // Slash commands have no thread: one conversation per user per channel keeps a check's state.
    const conversationId = `slack:${command.team_id}/${command.channel_id}/cmd:${command.user_id}`;
    const logContext = { platform: "slack", channel: command.channel_id, conversationId, intent: request.intent };
    await deps.inFlight.run(async () => {
      try {
        const reply = await deps.engine.handle({
          text: request.text,
          conversationId,
          userId: command.user_id,
          platform: "slack",
          channelId: command.channel_id,
          intent: request.intent,
        });
        await respondWithReply(deps, respond, reply, request.text, command.channel_id);
        deps.logger.info({ ...logContext, kind: reply.kind }, "slack: slash command answered");
      } catch (err) {
        deps.logger.error({ ...logContext, ...describeError(err) }, "slack: slash command failed");
        await respond({ response_type: "ephemeral", text: APOLOGY_TEXT }).catch((e: unknown) =>
          deps.logger.error({ ...logContext, ...describeError(e) }, "slack: could not deliver apology either"),
        );
      }
    });
  });
}

async function respondWithReply(deps: SlackAdapterDeps, respond: RespondFn, reply: Reply, question: string, channelId: string): Promise<void> {
  const key = deps.recentAnswers.remember({ question, answer: reply.answer, citations: reply.citations, channelId, rendered: reply });
  for (const m of renderBlocks(reply, { feedbackKey: key, publishKey: key })) {
    await respond({ response_type: "ephemeral", text: m.text, blocks: m.blocks });
  }
}
