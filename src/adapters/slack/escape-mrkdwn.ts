import { neutralizeText } from "../neutralize-text.js";

/**
 * Escapes the three characters Slack's mrkdwn treats as control syntax (&, <, >) so quoted text can
 * never form a link, mention or <!channel> broadcast, then neutralises bare broadcasts and URLs.
 */
export function escapeMrkdwn(text: string): string {
  return neutralizeText(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}
