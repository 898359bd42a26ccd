/**
 * Splits text into chunks of at most `max` characters (UTF-16 units, which is what the platforms
 * count), preferring paragraph, then line, then sentence boundaries so no clause quote is cut mid-word.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new RangeError("max must be positive");
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = findCut(window, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length) chunks.push(rest);
  return chunks;
}

function findCut(window: string, max: number): number {
  // Never cut in the first third: a tiny chunk followed by a huge one reads worse than a hard cut.
  const floor = Math.floor(max / 3);
  for (const sep of ["\n\n", "\n", "。", "；", "，", " "]) {
    const at = window.lastIndexOf(sep, max - sep.length);
    if (at >= floor) return at + sep.length;
  }
  // Avoid splitting a surrogate pair.
  const code = window.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Shortens to at most `max` characters, ending in an ellipsis when something was dropped. */
export function truncateText(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  return `${t.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Joins lines into chunks of at most `max` characters without ever splitting one line across two chunks. */
export function packLines(lines: readonly string[], max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = truncateText(raw, max);
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}
