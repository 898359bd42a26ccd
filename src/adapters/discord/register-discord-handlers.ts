import { Events, type ChatInputCommandInteraction, type Client, type Message } from "discord.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import { findCommandSpec } from "./command-definitions.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { discordConversationId, stripBotMention } from "./discord-conversation-id.js";
import { NO_MENTIONS, renderEmbeds } from "./render-embeds.js";

/** Mentions and DMs → replies; slash commands → deferred at once, then edited with the answer. */
export function registerDiscordHandlers(client: Client, deps: DiscordAdapterDeps): void {
  // Listener bodies are wrapped: a throw in an async listener would become an unhandled rejection.
  client.on(Events.MessageCreate, (message) => void deps.inFlight.run(() => handleMessage(client, deps, message)));
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void deps.inFlight.run(() => handleCommand(deps, interaction));
  });
}

async function handleMessage(client: Client, deps: DiscordAdapterDeps, message: Message): Promise<void> {
  const botId = client.user?.id;
  if (!botId || message.author.bot || message.system || message.author.id === botId) return;
  const isDm = !message.guildId;
  if (!isDm && !message.mentions.users.has(botId)) return;
  const text = stripBotMention(message.content, botId);
  if (!text) return;
  const conversationId = discordConversationId({
    guildId: message.guildId, channelId: message.channelId, isThread: message.channel.isThread(), userId: message.author.id,
  });
  const logContext = { platform: "discord", channel: message.channelId, conversationId };
  try {
    if (message.channel.isSendable()) {
      await message.channel.sendTyping().catch((err: unknown) => deps.logger.warn({ ...logContext, ...describeError(err) }, "discord: typing indicator failed"));
    }
    const reply = await deps.engine.handle({ text, conversationId, userId: message.author.id, platform: "discord", channelId: message.channelId });
    const [first, ...rest] = renderEmbeds(reply);
    if (first) await message.reply(first);
    for (const payload of rest) if (message.channel.isSendable()) await message.channel.send(payload);
    deps.logger.info({ ...logContext, kind: reply.kind }, "discord: answered");
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: failed to answer");
    await message.reply({ content: APOLOGY_TEXT, allowedMentions: NO_MENTIONS }).catch((e: unknown) =>
      deps.logger.error({ ...logContext, ...describeError(e) }, "discord: could not deliver apology either"),
    );
  }
}

async function handleCommand(deps: DiscordAdapterDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const conversationId = discordConversationId({
    guildId: interaction.guildId, channelId: interaction.channelId, isThread: interaction.channel?.isThread() ?? false, userId: interaction.user.id,
  });
  const logContext = { platform: "discord", channel: interaction.channelId, conversationId, command: interaction.commandName };
  try {
    // Discord drops interactions not acknowledged within 3 s; the engine may take longer.
    await interaction.deferReply();
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: could not defer interaction");
    return;
  }
  try {
    const spec = findCommandSpec(interaction.commandName);
    if (!spec) {
      await interaction.editReply({ content: "未知命令，请使用 /help 查看可用命令。", allowedMentions: NO_MENTIONS });
      return;
    }
    const text = spec.optionName ? (interaction.options.getString(spec.optionName) ?? "") : "";
    const reply = await deps.engine.handle({
      text, conversationId, userId: interaction.user.id, platform: "discord", channelId: interaction.channelId, intent: spec.intent,
    });
    const [first, ...rest] = renderEmbeds(reply);
    if (first) await interaction.editReply(first);
    for (const payload of rest) await interaction.followUp(payload);
    deps.logger.info({ ...logContext, kind: reply.kind }, "discord: command answered");
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: command failed");
    await interaction.editReply({ content: APOLOGY_TEXT, embeds: [], allowedMentions: NO_MENTIONS }).catch((e: unknown) =>
      deps.logger.error({ ...logContext, ...describeError(e) }, "discord: could not deliver apology either"),
    );
  }
}
