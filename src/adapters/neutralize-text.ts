const ZWSP = "\u200B";

/**
 * Makes user- or document-derived text inert on chat platforms: broadcast keywords cannot notify
 * anyone and URLs are not turned into links (a bot must never become a link-spreading relay).
 * A zero-width space keeps the text readable while breaking the platforms' parsers.
 */
export function neutralizeText(text: string): string {
  return text
    .replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\bwww\./gi, `www${ZWSP}.`);
}
