/**
 * Turns Slack's wire text into what the user typed: drops mentions of the bot, reduces links to
 * their label (or bare address) and decodes the three HTML entities Slack encodes.
 */
export function cleanSlackText(text: string, botUserId: string | undefined): string {
  let s = text;
  if (botUserId) s = s.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, "g"), " ");
  s = s
    .replace(/<([^<>|]+)\|([^<>]+)>/g, "$2")
    .replace(/<[#@!]([^<>]+)>/g, "")
    .replace(/<([^<>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return s.replace(/\s+/g, " ").trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
