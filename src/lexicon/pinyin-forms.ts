/**
 * How people write a Chinese place name in Latin letters, from its syllables ("zheng an"): run
 * together (zhengan), with the apostrophe pinyin puts before a syllable opening on a, e or o (zheng'an),
 * and syllable by syllable (zheng an; the lexicon's matcher reads a hyphen as a space, so also
 * zheng-an). Tone marks need no form: the English view drops diacritics (english-canon.ts).
 */
export function pinyinForms(syllables: string | undefined, options: { spaced?: boolean } = {}): string[] {
  if (!syllables) return [];
  const parts = syllables.split(" ").map((s) => s.replace(/v/g, "u"));
  const joined = parts.join("");
  const marked = parts.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join("");
  const spaced = options.spaced === false || parts.length < 2 ? [] : [parts.join(" ")];
  return [...new Set([joined, marked, ...spaced])];
}
