import type { App, BlockButtonAction, RespondFn } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import { buildFeedbackRecord, EXPIRED_TEXT, FEEDBACK_THANKS, STALE_CHECK_TEXT } from "../feedback-record.js";
import { CHECK_BUTTON_TEXT, recallAnswer, resolveCheckAnswer, type CheckAnswer, type StoredAnswer } from "../stored-answer.js";
import { answerOnSlack, type SlackDelivery } from "./answer-on-slack.js";
import { CHECK_ACTIONS, FEEDBACK_DOWN_ACTION, FEEDBACK_UP_ACTION, PUBLISH_ACTION, renderBlocks } from "./render-blocks.js";
import { HOME_CHECK_ACTION } from "./render-home-view.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";
import { checkMoreModal, feedbackReasonModal, homeCheckModal } from "./slack-modals.js";

const notice = (respond: RespondFn, text: string) => respond({ response_type: "ephemeral", replace_original: false, text });

/** 👍/👎, 公开到频道, the check buttons and the App Home's 项目检查. */
export function registerActionHandlers(app: App, deps: SlackAdapterDeps): void {
  app.action<BlockButtonAction>(FEEDBACK_UP_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    try {
      const stored = await recallAnswer(deps.buttonPayloads, action.value ?? "");
      await deps.feedbackStore.saveFeedback(
        buildFeedbackRecord(stored, {
          at: deps.now(), platform: "slack", userHash: deps.hashUser("slack", body.user.id), rating: "up",
          channelId: body.channel?.id ?? null, shownText: body.message?.text,
        }),
      );
      deps.logger.info({ platform: "slack", rating: "up", known: stored !== undefined }, "slack: feedback stored");
      await notice(respond, FEEDBACK_THANKS.up);
    } catch (err) {
      deps.logger.error({ platform: "slack", action: FEEDBACK_UP_ACTION, ...describeError(err) }, "slack: feedback failed");
    }
  });

  // 👎 asks why first; the modal's submission (or its closing) stores the feedback.
  app.action<BlockButtonAction>(FEEDBACK_DOWN_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const id = action.value ?? "";
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: feedbackReasonModal({ id }) });
    } catch (err) {
      // The trigger expired (3 s) or the modal failed: keep the 👎 without a reason.
      deps.logger.warn({ platform: "slack", ...describeError(err) }, "slack: could not open the 👎 reason prompt");
      try {
        const stored = await recallAnswer(deps.buttonPayloads, id);
        await deps.feedbackStore.saveFeedback(
          buildFeedbackRecord(stored, {
            at: deps.now(), platform: "slack", userHash: deps.hashUser("slack", body.user.id), rating: "down",
            channelId: body.channel?.id ?? null, shownText: body.message?.text,
          }),
        );
        await notice(respond, FEEDBACK_THANKS.down);
      } catch (e) {
        deps.logger.error({ platform: "slack", action: FEEDBACK_DOWN_ACTION, ...describeError(e) }, "slack: feedback failed");
      }
    }
  });

  app.action<BlockButtonAction>(PUBLISH_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const logContext = { platform: "slack", channel: body.channel?.id, action: PUBLISH_ACTION };
    try {
      const stored = await recallAnswer(deps.buttonPayloads, action.value ?? "");
      const channel = body.channel?.id ?? stored?.channelId ?? undefined;
      if (!stored || !channel) return void (await notice(respond, "这条回答已过期，无法公开，请重新提问。"));
      const messages = renderBlocks(stored.reply, { feedbackKey: action.value, publishedBy: { userId: stored.askerId, question: stored.question } });
      for (const m of messages) await client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
      await respond({ delete_original: true });
      deps.logger.info(logContext, "slack: answer published");
    } catch (err) {
      deps.logger.error({ ...logContext, ...describeError(err) }, "slack: publish failed");
      await notice(respond, "无法公开到本频道：请先邀请 alubot 加入频道（/invite @alubot）后再试。").catch((e: unknown) =>
        deps.logger.error({ ...logContext, ...describeError(e) }, "slack: could not report publish failure"),
      );
    }
  });

  for (const [answer, actionId] of [["yes", CHECK_ACTIONS.yes], ["no", CHECK_ACTIONS.no], ["unknown", CHECK_ACTIONS.unknown]] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond, client }) => {
      await ack();
      await deps.inFlight.run(() => answerCheckButton(deps, { body, key: action.value ?? "", answer, respond, client }));
    });
  }

  app.action<BlockButtonAction>(CHECK_ACTIONS.more, async ({ ack, body, action, respond, client }) => {
    await ack();
    try {
      const stored = await recallAnswer(deps.buttonPayloads, action.value ?? "");
      if (!stored?.check) return void (await notice(respond, EXPIRED_TEXT));
      await client.views.open({
        trigger_id: body.trigger_id,
        view: checkMoreModal(stored.check.asked, { id: action.value ?? "", ...(body.response_url ? { responseUrl: body.response_url } : {}) }),
      });
    } catch (err) {
      deps.logger.error({ platform: "slack", action: CHECK_ACTIONS.more, ...describeError(err) }, "slack: could not open the 补充信息 modal");
    }
  });

  app.action<BlockButtonAction>(HOME_CHECK_ACTION, async ({ ack, body, client }) => {
    await ack();
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: homeCheckModal(deps.catalog.checkExample) });
    } catch (err) {
      deps.logger.error({ platform: "slack", action: HOME_CHECK_ACTION, ...describeError(err) }, "slack: could not open the 项目检查 modal");
    }
  });
}

interface CheckPress {
  body: BlockButtonAction;
  key: string;
  answer: CheckAnswer;
  respond: RespondFn;
  client: Parameters<typeof answerOnSlack>[1]["client"];
}

/**
 * 有 / 没有 / 不清楚: the stored answer says which conversation and which step the button belongs
 * to; the buttons are retired (so the thread shows what was answered) and the check continues where
 * it was asked — the thread, the DM, or privately for a slash command.
 */
async function answerCheckButton(deps: SlackAdapterDeps, press: CheckPress): Promise<void> {
  const { body, respond } = press;
  try {
    const stored = await recallAnswer(deps.buttonPayloads, press.key);
    if (!stored) return void (await notice(respond, EXPIRED_TEXT));
    const text = await resolveCheckAnswer(deps.conversations, stored, press.answer);
    if (!text) return void (await notice(respond, STALE_CHECK_TEXT));
    await retireCheckButtons(deps, press, stored);
    const delivery = stored.delivery as SlackDelivery;
    await answerOnSlack(deps, { client: press.client, delivery, ...(delivery.kind === "slack-ephemeral" ? { respond } : {}) }, {
      text, conversationId: stored.conversationId, userId: body.user.id, platform: "slack", ...(stored.channelId ? { channelId: stored.channelId } : {}),
    });
  } catch (err) {
    deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: check button failed");
  }
}

/** Re-renders the question's last message with "✅ 已回答：有" where its buttons were. */
async function retireCheckButtons(deps: SlackAdapterDeps, press: CheckPress, stored: StoredAnswer): Promise<void> {
  const ephemeral = stored.delivery.kind === "slack-ephemeral";
  const messages = renderBlocks(stored.reply, {
    feedbackKey: press.key,
    ...(ephemeral ? { publishKey: press.key } : {}),
    checkAnswered: `✅ 已回答：${CHECK_BUTTON_TEXT[press.answer]}`,
  });
  const last = messages[messages.length - 1]!;
  try {
    if (ephemeral) await press.respond({ replace_original: true, text: last.text, blocks: last.blocks });
    else {
      const ts = press.body.message?.ts ?? press.body.container?.message_ts;
      const channel = press.body.channel?.id ?? press.body.container?.channel_id;
      if (ts && channel) await press.client.chat.update({ channel, ts, text: last.text, blocks: last.blocks });
    }
  } catch (err) {
    // Cosmetic: the answer below still continues the check.
    deps.logger.warn({ platform: "slack", ...describeError(err) }, "slack: could not retire the check buttons");
  }
}
