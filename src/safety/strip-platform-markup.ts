/**
 * Removes Slack and Discord message markup so the engine sees only what the user typed.
 * Mentions and broadcasts vanish (they are addressing, not content); channel references and links
 * keep their human-readable text; custom emoji disappear.
 */

// Slack: <@U123>, <@U123|name>, <!here>, <!channel>, <!subteam^S1|@team>, <!date^…|fallback>,
// <#C123|general>, <http://…|text>, <mailto:…|text>, <http://…>.
const SLACK_USER_RE = /<@[UW][A-Z0-9]+(?:\|[^<>]*)?>/g;
const SLACK_SPECIAL_RE = /<!(?:[a-z]+)(?:\^[^<>|]*)?(?:\|([^<>]*))?>/gi;
const SLACK_CHANNEL_RE = /<#[CG][A-Z0-9]+(?:\|([^<>]*))?>/g;
const SLACK_LINK_RE = /<((?:https?|mailto|tel|ftp):[^<>|\s]*)(?:\|([^<>]*))?>/gi;

// Discord: <@123>, <@!123>, <@&123>, <#123>, <:name:123>, <a:name:123>, <t:1700000000:R>, </cmd:123>.
const DISCORD_MENTION_RE = /<(?:@[!&]?|#)\d{1,25}>/g;
const DISCORD_EMOJI_RE = /<a?:[A-Za-z0-9_~-]{1,64}:\d{1,25}>/g;
const DISCORD_TIMESTAMP_RE = /<t:-?\d{1,16}(?::[tTdDfFR])?>/g;
const DISCORD_COMMAND_RE = /<\/[^<>\s:]{1,64}(?: [^<>\s:]{1,64}){0,2}:\d{1,25}>/g;

/** Slack escapes these three in message text; decoded last so a typed "&lt;@U1&gt;" stays literal text. */
function decodeSlackEntities(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function stripPlatformMarkup(s: string): string {
  const stripped = s
    .replace(SLACK_USER_RE, " ")
    .replace(SLACK_SPECIAL_RE, (_m, fallback: string | undefined) =>
      // A date's fallback text is content; a broadcast's label (@here, @team) is addressing.
      fallback && !fallback.startsWith("@") ? fallback : " ",
    )
    .replace(SLACK_CHANNEL_RE, (_m, name: string | undefined) => (name ? `#${name}` : " "))
    .replace(SLACK_LINK_RE, (_m, url: string, text: string | undefined) => text ?? url)
    .replace(DISCORD_MENTION_RE, " ")
    .replace(DISCORD_EMOJI_RE, " ")
    .replace(DISCORD_TIMESTAMP_RE, " ")
    .replace(DISCORD_COMMAND_RE, " ");
  return decodeSlackEntities(stripped);
}
