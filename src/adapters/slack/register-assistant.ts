import { Assistant, type App } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import { truncateText } from "../split-text.js";
import { answerOnSlack } from "./answer-on-slack.js";
import { slackThreadConversationId } from "./slack-conversation-id.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";
import { stripSlackBotMention } from "./strip-slack-bot-mention.js";

export const ASSISTANT_GREETING = "您好！我是铝产业政策助手，依据文件原文回答并注明条款出处。可以直接提问，或描述一个项目做准入检查。";
/** Slack shows at most four suggested prompts. */
const MAX_PROMPTS = 4;

/**
 * Slack's AI split view through Bolt's Assistant: suggested prompts when a thread opens, the first
 * question as the thread's title, and the assistant status (setStatus) instead of a placeholder
 * message while the answer is produced. Each assistant thread is its own conversation.
 */
export function registerAssistant(app: App, deps: SlackAdapterDeps): void {
  app.assistant(
    new Assistant({
      // The default store reads and rewrites thread metadata through conversations.replies on every
      // message; alubot uses no thread context (channel the user is viewing), so keep none.
      threadContextStore: { get: async () => ({}), save: async () => undefined },
      threadStarted: async ({ say, setSuggestedPrompts }) => {
        try {
          await say(ASSISTANT_GREETING);
          const prompts = [...deps.catalog.examples.slice(0, MAX_PROMPTS - 1), `项目检查：${deps.catalog.checkExample}`].map((message) => ({
            title: truncateText(message, 40),
            message,
          }));
          await setSuggestedPrompts({ title: "可以这样问", prompts });
        } catch (err) {
          deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: could not open the assistant thread");
        }
      },
      threadContextChanged: async () => undefined,
      userMessage: async ({ message, context, client, body, setStatus, setTitle }) => {
        try {
          if (message.subtype !== undefined || message.bot_id || !message.user || !message.thread_ts) return;
          const text = stripSlackBotMention(message.text ?? "", context.botUserId);
          if (!text) return;
          const threadTs = message.thread_ts;
          const conversationId = slackThreadConversationId(context.teamId ?? (body as { team_id?: string }).team_id, message.channel, threadTs);
          // The first question names the thread in the history list.
          if (!(await deps.conversations.get(conversationId))) {
            await setTitle(truncateText(text, 60)).catch((err: unknown) =>
              deps.logger.warn({ platform: "slack", ...describeError(err) }, "slack: could not set the assistant thread title"),
            );
          }
          const user = message.user;
          await deps.inFlight.run(() =>
            answerOnSlack(deps, { client, delivery: { kind: "slack-assistant", channel: message.channel, threadTs }, setStatus: (s) => setStatus(s) }, {
              text, conversationId, userId: user, platform: "slack", channelId: message.channel,
            }),
          );
        } catch (err) {
          deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: assistant message failed");
        }
      },
    }),
  );
}
