/**
 * Threads and DMs are conversations of their own. In a plain channel, strangers asking the bot must
 * not share one project check, so the conversation is per user there.
 */
export function discordConversationId(where: { guildId: string | null; channelId: string; isThread: boolean; userId: string }): string {
  if (!where.guildId) return `discord:dm/${where.channelId}`;
  if (where.isThread) return `discord:${where.guildId}/${where.channelId}`;
  return `discord:${where.guildId}/${where.channelId}/${where.userId}`;
}

/** Removes mentions of the bot (<@id> and the legacy nickname form <@!id>) from the message text. */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}
