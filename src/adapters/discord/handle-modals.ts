import { MessageFlags, type ModalSubmitInteraction } from "discord.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import { buildFeedbackRecord, EXPIRED_TEXT, FEEDBACK_THANKS } from "../feedback-record.js";
import { recallAnswer } from "../stored-answer.js";
import { produceDiscordReply } from "./answer-on-discord.js";
import { deliverInteractionReply } from "./deliver-interaction-reply.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { FEEDBACK_REASON_MAX } from "./discord-modals.js";
import { MODAL_ACTIONS, MODAL_INPUT_ID, parseCustomId } from "./render-components.js";
import { NO_MENTIONS } from "./render-embeds.js";

/** The 👎 reason (stored with the feedback) and 补充信息 (continues the check). */
export async function handleModalSubmit(deps: DiscordAdapterDeps, interaction: ModalSubmitInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId, MODAL_ACTIONS);
  if (!parsed) return;
  const text = interaction.fields.getTextInputValue(MODAL_INPUT_ID).trim();
  const stored = await recallAnswer(deps.buttonPayloads, parsed.key);
  if (parsed.action === "reason") {
    await deps.feedbackStore.saveFeedback(
      buildFeedbackRecord(stored, {
        at: deps.now(), platform: "discord", userHash: deps.hashUser("discord", interaction.user.id), rating: "down",
        channelId: interaction.channelId, ...(text ? { reason: text.slice(0, FEEDBACK_REASON_MAX) } : {}),
      }),
    );
    deps.logger.info({ platform: "discord", rating: "down", known: stored !== undefined, withReason: !!text }, "discord: feedback stored");
    await interaction.reply({ content: FEEDBACK_THANKS.down, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const ephemeral = stored?.delivery.kind === "discord" ? stored.delivery.ephemeral : true;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  try {
    if (!stored || !text) return void (await interaction.editReply({ content: EXPIRED_TEXT, allowedMentions: NO_MENTIONS }));
    const channelId = stored.channelId ?? interaction.channelId ?? "";
    const { payloads } = await produceDiscordReply(deps, {
      text, conversationId: stored.conversationId, userId: interaction.user.id, platform: "discord", channelId,
    }, { channelId, ephemeral });
    await deliverInteractionReply(interaction, payloads, { ephemeral, editFirst: true });
  } catch (err) {
    deps.logger.error({ platform: "discord", ...describeError(err) }, "discord: 补充信息 failed");
    await interaction.editReply({ content: APOLOGY_TEXT, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}
