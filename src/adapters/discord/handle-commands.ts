import { MessageFlags, type ChatInputCommandInteraction, type Client, type MessageContextMenuCommandInteraction } from "discord.js";
import type { EngineInput } from "../../engine/engine.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import { produceDiscordReply } from "./answer-on-discord.js";
import { findCommandSpec } from "./command-definitions.js";
import { deliverInteractionReply } from "./deliver-interaction-reply.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { discordConversationId, stripBotMention } from "./discord-conversation-id.js";
import { NO_MENTIONS } from "./render-embeds.js";

/**
 * Slash commands and the 问 alubot message command: personal look-ups, answered privately
 * (ephemeral) with a 公开 button — a project check names a project, not something for the whole channel.
 * Deferred at once: Discord drops interactions not acknowledged within 3 s.
 */
export async function handleCommand(client: Client, deps: DiscordAdapterDeps, interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction): Promise<void> {
  const conversationId = discordConversationId({
    guildId: interaction.guildId, channelId: interaction.channelId, isThread: interaction.channel?.isThread() ?? false, userId: interaction.user.id,
  });
  const logContext = { platform: "discord", channel: interaction.channelId, conversationId, command: interaction.commandName };
  try {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: could not defer interaction");
    return;
  }
  try {
    const request = readRequest(client, interaction);
    if (typeof request === "string") {
      await interaction.editReply({ content: request, allowedMentions: NO_MENTIONS });
      return;
    }
    const input: EngineInput = {
      text: request.text, conversationId, userId: interaction.user.id, platform: "discord", channelId: interaction.channelId,
      ...(request.intent ? { intent: request.intent } : {}),
    };
    const { reply, payloads } = await produceDiscordReply(deps, input, { channelId: interaction.channelId, ephemeral: true });
    await deliverInteractionReply(interaction, payloads, { ephemeral: true, editFirst: true });
    deps.logger.info({ ...logContext, kind: reply.kind }, "discord: command answered");
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: command failed");
    await interaction.editReply({ content: APOLOGY_TEXT, embeds: [], components: [], allowedMentions: NO_MENTIONS }).catch((e: unknown) =>
      deps.logger.error({ ...logContext, ...describeError(e) }, "discord: could not deliver apology either"),
    );
  }
}

/** The engine request a command stands for, or the notice to show instead. */
function readRequest(client: Client, interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction): { text: string; intent: EngineInput["intent"] } | string {
  if (interaction.isMessageContextMenuCommand()) {
    // Interaction payloads carry the target message's text without the MessageContent intent.
    const text = stripBotMention(interaction.targetMessage.content ?? "", client.user?.id ?? "");
    return text ? { text, intent: undefined } : "这条消息没有可读的文字，无法提问。";
  }
  const spec = findCommandSpec(interaction.commandName);
  if (!spec) return "未知命令，请使用 /help 查看可用命令。";
  return { text: spec.optionName ? (interaction.options.getString(spec.optionName) ?? "") : "", intent: spec.intent };
}
