import { foldAsciiWidth } from "./fold-ascii-width.js";
import { stripInvisible } from "./strip-invisible.js";
import { stripPlatformMarkup } from "./strip-platform-markup.js";

export type CleanInputResult =
  | { ok: true; text: string }
  | { ok: false; reason: "too-long"; message: string; length: number; maxChars: number }
  | { ok: false; reason: "empty"; message: string };

export interface CleanInputOptions {
  /** AppConfig.limits.maxInputChars: longest accepted question, counted in characters after cleaning. */
  maxChars: number;
}

/**
 * Raw input beyond this multiple of the cap is rejected before any regex runs, so a megabyte paste
 * costs nothing. Markup (long mention ids, link targets) can legitimately make raw text longer.
 */
const RAW_SLACK_FACTOR = 4;
const RAW_SLACK_EXTRA = 1000;

export const EMPTY_INPUT_MESSAGE =
  "没有收到问题内容。请直接输入您想了解的政策问题，例如：“再生铝的发展目标是什么？”或“三（四）讲了什么？”";

export function tooLongMessage(maxChars: number): string {
  return `问题太长了（上限 ${maxChars} 个字）。请精简后重新提问，或把问题拆成几个小问题分别提出。`;
}

/**
 * The one input-hygiene step before the engine: platform markup removed, invisible characters
 * stripped, full-width ASCII folded, whitespace collapsed, length capped. Never throws.
 */
export function cleanInput(raw: unknown, options: CleanInputOptions): CleanInputResult {
  const maxChars = options.maxChars;
  const source = typeof raw === "string" ? raw : "";
  if (source.length > maxChars * RAW_SLACK_FACTOR + RAW_SLACK_EXTRA) {
    // UTF-16 length is enough here: it is only reported, and counting code points of megabytes is wasted work.
    return { ok: false, reason: "too-long", message: tooLongMessage(maxChars), length: source.length, maxChars };
  }
  // Invisible characters go first so a zero-width space cannot hide a mention from the markup pass.
  const text = foldAsciiWidth(stripPlatformMarkup(stripInvisible(source)))
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length === 0) return { ok: false, reason: "empty", message: EMPTY_INPUT_MESSAGE };
  const length = countChars(text);
  if (length > maxChars) return { ok: false, reason: "too-long", message: tooLongMessage(maxChars), length, maxChars };
  return { ok: true, text };
}

/** Code points, not UTF-16 units: an emoji counts as one character, as users count. */
function countChars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
