/**
 * Control characters, zero-width characters, bidi overrides and other invisible format characters.
 * They carry no meaning for a policy question but can hide text from reviewers (bidi tricks) or
 * break matching (a zero-width space inside 再生铝). Tabs and newlines become spaces.
 */
const INVISIBLE_RE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|\udb40[\udc00-\udcff]/g;
const LINE_BREAK_RE = /[\t\n\r\u2028\u2029\u0085]/g;
/** A surrogate half without its partner cannot be encoded as UTF-8 and would corrupt storage. */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripInvisible(s: string): string {
  return s.replace(LINE_BREAK_RE, " ").replace(LONE_SURROGATE_RE, "").replace(INVISIBLE_RE, "");
}
