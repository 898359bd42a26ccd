import type { App, BlockButtonAction } from "@slack/bolt";
import { ReplySchema } from "../../reply/reply-schema.js";
import { describeError } from "../adapter-logger.js";
import { FEEDBACK_DOWN_ACTION, FEEDBACK_UP_ACTION, PUBLISH_ACTION, renderBlocks } from "./render-blocks.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

/** 👍/👎 feedback and "公开到频道" buttons. */
export function registerActionHandlers(app: App, deps: SlackAdapterDeps): void {
  for (const [actionId, rating] of [[FEEDBACK_UP_ACTION, "up"], [FEEDBACK_DOWN_ACTION, "down"]] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const logContext = { platform: "slack", channel: body.channel?.id, action: actionId };
      try {
        const remembered = deps.recentAnswers.get(action.value ?? "");
        await deps.feedbackStore.saveFeedback({
          at: deps.now(),
          platform: "slack",
          channelId: remembered?.channelId ?? body.channel?.id ?? null,
          userHash: deps.hashUser("slack", body.user.id),
          rating,
          // After a restart the memo is gone; keep what the message itself still shows.
          question: remembered?.question ?? "",
          answer: remembered?.answer ?? body.message?.text ?? "",
          citations: remembered?.citations ?? [],
        });
        deps.logger.info({ ...logContext, rating, known: remembered !== undefined }, "slack: feedback stored");
        await respond({ response_type: "ephemeral", replace_original: false, text: rating === "up" ? "感谢反馈！👍" : "感谢反馈，我们会改进。👎" });
      } catch (err) {
        deps.logger.error({ ...logContext, ...describeError(err) }, "slack: feedback failed");
      }
    });
  }

  app.action<BlockButtonAction>(PUBLISH_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const channel = body.channel?.id;
    const logContext = { platform: "slack", channel, action: PUBLISH_ACTION };
    try {
      const remembered = deps.recentAnswers.get(action.value ?? "");
      const reply = ReplySchema.safeParse(remembered?.rendered);
      if (!channel || !reply.success) {
        await respond({ response_type: "ephemeral", replace_original: false, text: "这条回答已过期，无法公开，请重新提问。" });
        return;
      }
      for (const m of renderBlocks(reply.data, { feedbackKey: action.value })) {
        await client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
      }
      await respond({ delete_original: true });
    } catch (err) {
      deps.logger.error({ ...logContext, ...describeError(err) }, "slack: publish failed");
      await respond({ response_type: "ephemeral", replace_original: false, text: "无法公开到本频道：请先邀请 alubot 加入频道（/invite @alubot）后再试。" }).catch(
        (e: unknown) => deps.logger.error({ ...logContext, ...describeError(e) }, "slack: could not report publish failure"),
      );
    }
  });
}
