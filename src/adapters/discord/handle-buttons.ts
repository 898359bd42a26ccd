import { MessageFlags, type ButtonInteraction } from "discord.js";
import { describeError } from "../adapter-logger.js";
import { buildFeedbackRecord, EXPIRED_TEXT, FEEDBACK_THANKS, STALE_CHECK_TEXT } from "../feedback-record.js";
import { recallAnswer, resolveCheckAnswer, type CheckAnswer, type StoredAnswer } from "../stored-answer.js";
import { produceDiscordReply, renderPublished } from "./answer-on-discord.js";
import { deliverInteractionReply } from "./deliver-interaction-reply.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { moreInfoModal, reasonModal } from "./discord-modals.js";
import { BUTTON_ACTIONS, parseCustomId, renderComponents } from "./render-components.js";
import { NO_MENTIONS } from "./render-embeds.js";

const privately = (content: string) => ({ content, flags: MessageFlags.Ephemeral as const, allowedMentions: NO_MENTIONS });

/** 👍 / 👎 (a reason modal first) / 公开 / 有 / 没有 / 不清楚 / 补充信息 — payloads come from the store. */
export async function handleButton(deps: DiscordAdapterDeps, interaction: ButtonInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId, BUTTON_ACTIONS);
  if (!parsed) return;
  const { action, key } = parsed;
  const logContext = { platform: "discord", channel: interaction.channelId, action };
  try {
    // 👎 must show its modal as the interaction's first response: nothing may be awaited before it but the lookup.
    if (action === "down") return void (await interaction.showModal(reasonModal(key)));
    const stored = await recallAnswer(deps.buttonPayloads, key);
    if (action === "up") {
      await deps.feedbackStore.saveFeedback(
        buildFeedbackRecord(stored, {
          at: deps.now(), platform: "discord", userHash: deps.hashUser("discord", interaction.user.id), rating: "up",
          channelId: interaction.channelId, shownText: interaction.message.embeds[0]?.description ?? interaction.message.content,
        }),
      );
      deps.logger.info({ ...logContext, rating: "up", known: stored !== undefined }, "discord: feedback stored");
      return void (await interaction.reply(privately(FEEDBACK_THANKS.up)));
    }
    if (!stored) return void (await interaction.reply(privately(EXPIRED_TEXT)));
    if (action === "more") {
      if (!stored.check) return void (await interaction.reply(privately(EXPIRED_TEXT)));
      return void (await interaction.showModal(moreInfoModal(key, stored.check.asked)));
    }
    if (action === "pub") return await publish(deps, interaction, stored, key);
    await answerCheck(deps, interaction, stored, key, action);
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: button failed");
  }
}

/** Posts the answer publicly through the interaction's webhook, naming who asked; retires the 公开 button. */
async function publish(deps: DiscordAdapterDeps, interaction: ButtonInteraction, stored: StoredAnswer, key: string): Promise<void> {
  await interaction.deferUpdate();
  await deliverInteractionReply(interaction, renderPublished(stored, key), { ephemeral: false, editFirst: false });
  await interaction.editReply({ components: renderComponents({ key, check: stored.check, publish: false }) });
  deps.logger.info({ platform: "discord", channel: interaction.channelId }, "discord: answer published");
}

/** 有 / 没有 / 不清楚: retires the check buttons (showing the choice) and continues the check where it was asked. */
async function answerCheck(deps: DiscordAdapterDeps, interaction: ButtonInteraction, stored: StoredAnswer, key: string, answer: CheckAnswer): Promise<void> {
  const text = await resolveCheckAnswer(deps.conversations, stored, answer);
  if (!text) return void (await interaction.reply(privately(STALE_CHECK_TEXT)));
  await interaction.deferUpdate();
  const ephemeral = stored.delivery.kind === "discord" && stored.delivery.ephemeral;
  await interaction
    .editReply({ components: renderComponents({ key, check: stored.check, checkAnswered: answer, publish: ephemeral }) })
    .catch((err: unknown) => deps.logger.warn({ platform: "discord", ...describeError(err) }, "discord: could not retire the check buttons"));
  const channelId = stored.channelId ?? interaction.channelId;
  const { payloads } = await produceDiscordReply(deps, {
    text, conversationId: stored.conversationId, userId: interaction.user.id, platform: "discord", channelId,
  }, { channelId, ephemeral });
  await deliverInteractionReply(interaction, payloads, { ephemeral, editFirst: false });
}
