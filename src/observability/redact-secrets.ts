/**
 * Token shapes that must never reach a log line even inside free text (an error message quoting a
 * request, a URL with a key). Field-level redaction in the logger catches the structured cases.
 */
const SECRET_PATTERNS: RegExp[] = [
  /\bxox[abposr]-[A-Za-z0-9-]{6,}/g, // Slack bot/user/app tokens
  /\bxapp-[A-Za-z0-9-]{6,}/g,
  /\bsk-[A-Za-z0-9_-]{8,}/g, // OpenAI-style keys
  /\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{8,}/g,
  /\b[MN][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b/g, // Discord bot tokens
  /([?&](?:api[_-]?key|token|key|secret)=)[^&\s]+/gi,
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const re of SECRET_PATTERNS) {
    out = out.replace(re, (match, prefix: unknown) =>
      typeof prefix === "string" && (prefix.startsWith("?") || prefix.startsWith("&") || prefix === "Bearer" || prefix === "Bot")
        ? `${prefix}${prefix === "Bearer" || prefix === "Bot" ? " " : ""}[REDACTED]`
        : "[REDACTED]",
    );
  }
  return out;
}
