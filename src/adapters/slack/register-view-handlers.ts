import type { App, SlackViewAction } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import { buildFeedbackRecord } from "../feedback-record.js";
import { recallAnswer } from "../stored-answer.js";
import { answerOnSlack, type SlackDelivery } from "./answer-on-slack.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { slackDmConversationId } from "./slack-conversation-id.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";
import { CHECK_MORE_VIEW, FEEDBACK_REASON_MAX, FEEDBACK_REASON_VIEW, HOME_CHECK_VIEW, INPUT_ACTION, INPUT_BLOCK, readModalMetadata } from "./slack-modals.js";

const inputValue = (view: SlackViewAction["view"]): string => (view.state.values[INPUT_BLOCK]?.[INPUT_ACTION]?.value ?? "").trim();
const teamOf = (body: SlackViewAction): string | undefined => body.team?.id ?? undefined;

/** Submissions of the three modals: 补充信息, the 👎 reason, and 项目检查 from the App Home tab. */
export function registerViewHandlers(app: App, deps: SlackAdapterDeps): void {
  app.view(CHECK_MORE_VIEW, async ({ ack, body, view, client }) => {
    const text = inputValue(view);
    if (!text) return void (await ack({ response_action: "errors", errors: { [INPUT_BLOCK]: "请填写补充的情况。" } }));
    await ack();
    const meta = readModalMetadata(view.private_metadata);
    await deps.inFlight.run(async () => {
      try {
        const stored = await recallAnswer(deps.buttonPayloads, meta.id ?? "");
        if (!stored) return deps.logger.warn({ platform: "slack" }, "slack: 补充信息 for an expired answer");
        // The action's response_url is fresher than the command's (both reach the same ephemeral thread).
        const delivery = (stored.delivery.kind === "slack-ephemeral" && meta.responseUrl
          ? { ...stored.delivery, responseUrl: meta.responseUrl }
          : stored.delivery) as SlackDelivery;
        await answerOnSlack(deps, { client, delivery }, {
          text, conversationId: stored.conversationId, userId: body.user.id, platform: "slack", ...(stored.channelId ? { channelId: stored.channelId } : {}),
        });
      } catch (err) {
        deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: 补充信息 failed");
      }
    });
  });

  const saveDown = async (body: SlackViewAction, reason: string | undefined) => {
    try {
      const stored = await recallAnswer(deps.buttonPayloads, readModalMetadata(body.view.private_metadata).id ?? "");
      await deps.feedbackStore.saveFeedback(
        buildFeedbackRecord(stored, {
          at: deps.now(), platform: "slack", userHash: deps.hashUser("slack", body.user.id), rating: "down", channelId: null,
          ...(reason ? { reason: reason.slice(0, FEEDBACK_REASON_MAX) } : {}),
        }),
      );
      deps.logger.info({ platform: "slack", rating: "down", known: stored !== undefined, withReason: !!reason }, "slack: feedback stored");
    } catch (err) {
      deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: feedback failed");
    }
  };
  app.view(FEEDBACK_REASON_VIEW, async ({ ack, body, view }) => {
    await ack();
    await saveDown(body, inputValue(view) || undefined);
  });
  app.view({ callback_id: FEEDBACK_REASON_VIEW, type: "view_closed" }, async ({ ack, body }) => {
    await ack();
    await saveDown(body, undefined);
  });

  app.view(HOME_CHECK_VIEW, async ({ ack, body, view, client }) => {
    const text = inputValue(view);
    if (!text) return void (await ack({ response_action: "errors", errors: { [INPUT_BLOCK]: "请描述要检查的项目。" } }));
    await ack();
    const user = body.user.id;
    await deps.inFlight.run(async () => {
      try {
        // The check lives in the user's DM with alubot: answers and follow-up questions continue there.
        const opened = await client.conversations.open({ users: user });
        const channel = opened.channel?.id;
        if (!channel) throw new Error("conversations.open returned no channel");
        await client.chat.postMessage({ channel, text: `📋 项目检查：${escapeMrkdwn(text)}`, unfurl_links: false, unfurl_media: false });
        await answerOnSlack(deps, { client, delivery: { kind: "slack-dm", channel } }, {
          text, conversationId: slackDmConversationId(teamOf(body), channel), userId: user, platform: "slack", channelId: channel, intent: "check",
        });
      } catch (err) {
        deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: 项目检查 from the App Home failed");
      }
    });
  });
}
