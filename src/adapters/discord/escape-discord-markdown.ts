import { neutralizeText } from "../neutralize-text.js";

/**
 * Escapes Discord markdown so quoted clause or user text renders literally: inline markers anywhere,
 * block markers (#, >, -, *) only where Discord reads them, at the start of a line. Mentions like
 * <@123> lose their angle brackets' meaning because `<` is escaped too.
 */
export function escapeDiscordMarkdown(text: string): string {
  const inline = text.replace(/([\\*_~`|\[\]()<>])/g, "\\$1");
  return neutralizeText(inline.replace(/^(\s*)([#>\-+]|\d+\.)/gm, "$1\\$2"));
}
