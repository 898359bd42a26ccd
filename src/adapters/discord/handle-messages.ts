import { ChannelType, ThreadAutoArchiveDuration, type Client, type Message } from "discord.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import { truncateText } from "../split-text.js";
import { produceDiscordReply } from "./answer-on-discord.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { discordConversationId, stripBotMention } from "./discord-conversation-id.js";
import { NO_MENTIONS } from "./render-embeds.js";

/** Discord's limit for a thread name. */
const THREAD_NAME_MAX = 100;

/**
 * Mentions and DMs are answered. A mention in a plain text channel opens a thread on the message,
 * so the conversation has a home of its own (as in Slack); in a thread alubot is part of, messages
 * that reach it with text are follow-ups. Without the privileged MessageContent intent, guild
 * messages carry text only when they mention alubot or reply to it (with the reply ping on).
 */
export async function handleMessage(client: Client, deps: DiscordAdapterDeps, message: Message): Promise<void> {
  const botId = client.user?.id;
  if (!botId || message.author.bot || message.system || message.author.id === botId) return;
  const isDm = !message.guildId;
  const inThread = message.channel.isThread();
  const text = stripBotMention(message.content, botId);
  if (!text) return;
  const where = { guildId: message.guildId, channelId: message.channelId, isThread: inThread, userId: message.author.id };
  if (!isDm && !message.mentions.users.has(botId)) {
    if (!inThread || !(await deps.conversations.get(discordConversationId(where)))) return;
  }
  const logContext = { platform: "discord", channel: message.channelId };
  try {
    const thread = !isDm && !inThread && message.channel.type === ChannelType.GuildText ? await openThread(deps, message, text) : null;
    const channelId = thread?.id ?? message.channelId;
    const conversationId = discordConversationId(thread ? { ...where, channelId, isThread: true } : where);
    const typingIn = thread ?? (message.channel.isSendable() ? message.channel : null);
    await typingIn?.sendTyping().catch((err: unknown) => deps.logger.warn({ ...logContext, ...describeError(err) }, "discord: typing indicator failed"));
    const { reply, payloads } = await produceDiscordReply(deps, {
      text, conversationId, userId: message.author.id, platform: "discord", channelId,
    }, { channelId, ephemeral: false });
    for (const [i, payload] of payloads.entries()) {
      if (thread) await thread.send(payload);
      else if (i === 0) await message.reply(payload);
      else if (message.channel.isSendable()) await message.channel.send(payload);
    }
    deps.logger.info({ ...logContext, conversationId, kind: reply.kind, thread: !!thread }, "discord: answered");
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "discord: failed to answer");
    await message.reply({ content: APOLOGY_TEXT, allowedMentions: NO_MENTIONS }).catch((e: unknown) =>
      deps.logger.error({ ...logContext, ...describeError(e) }, "discord: could not deliver apology either"),
    );
  }
}

/** A thread on the asking message; null (answer in the channel) when alubot may not create threads. */
async function openThread(deps: DiscordAdapterDeps, message: Message, text: string) {
  try {
    return await message.startThread({ name: truncateText(text, THREAD_NAME_MAX), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
  } catch (err) {
    deps.logger.warn({ platform: "discord", channel: message.channelId, ...describeError(err) }, "discord: could not open a thread; answering in the channel");
    return null;
  }
}
