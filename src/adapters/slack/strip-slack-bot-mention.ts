/**
 * Removes only the mentions of the bot itself (`<@UBOT>`, `<@UBOT|alubot>`), so the adapter can tell
 * an empty mention from a question and feedback records read naturally. Everything else — other
 * mentions, channels, links, HTML entities — is the guard's input hygiene (src/safety/clean-input.ts),
 * done once for every platform; decoding entities here too would decode `&amp;lt;` twice.
 */
export function stripSlackBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text.replace(mentionPattern(botUserId, "g"), " ").replace(/\s+/g, " ").trim();
}

/** True when the text mentions that user (then Slack also sends an app_mention for it). */
export function mentionsSlackUser(text: string, userId: string | undefined): boolean {
  return !!userId && mentionPattern(userId, "").test(text);
}

function mentionPattern(userId: string, flags: string): RegExp {
  return new RegExp(`<@${escapeRegExp(userId)}(?:\\|[^<>]*)?>`, flags);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
