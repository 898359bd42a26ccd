import { zoneGrammar as grammar } from "../lexicon/data/zone-grammar.js";

/** A development zone / park named in text, with the shorter forms people use for it. */
export interface ZoneName {
  name: string;
  /** Lower-case-free match keys: the name, bracket variants, its place core, chain members. */
  aliases: string[];
}

const SUFFIXES = [...grammar.suffixes].sort((a, b) => b.length - a.length);
const SUFFIX_RE = new RegExp(`(?:${SUFFIXES.join("|")})`, "g");
const NAME_CHAR_RE = /[\u3400-\u9fff（）()“”"—\-]/;
const LEADING = [...grammar.leadingWords].sort((a, b) => b.length - a.length);

/** Folds the long official suffixes people type (清镇经济技术开发区) to the short form the document uses. */
export function foldZoneSuffixes(text: string): string {
  let out = text;
  for (const [long, short] of Object.entries(grammar.suffixSynonyms as Record<string, string>)) {
    out = out.split(long).join(short);
  }
  return out;
}

/**
 * Finds zone names by the grammar of Chinese place-plus-suffix names: walk back from each suffix
 * (经开区, 开发区, 园区, 富集区…) over name characters, then drop leading function words (以, 支持,
 * 依托…). Generic mentions (等开发区, 重点园区) are rejected. Nothing here knows any zone by name.
 */
export function extractZoneNames(rawText: string): ZoneName[] {
  const text = foldZoneSuffixes(rawText);
  const found = new Map<string, ZoneName>();
  for (const m of text.matchAll(SUFFIX_RE)) {
    let start = m.index;
    while (start > 0 && m.index - start < grammar.maxNameLength && NAME_CHAR_RE.test(text[start - 1]!)) start--;
    let prefix = text.slice(start, m.index);
    // "炉碧经开区等开发区": the enumeration word ends a name.
    const cut = prefix.lastIndexOf("等");
    if (cut >= 0) prefix = prefix.slice(cut + 1);
    prefix = stripLeadingWords(prefix);
    prefix = prefix.replace(/^[”"）)]+/, "");
    if (!isPlausiblePrefix(prefix)) continue;
    const name = `${prefix}${m[0]}`;
    if (!found.has(name)) found.set(name, { name, aliases: buildAliases(prefix, m[0]) });
  }
  return [...found.values()];
}

function stripLeadingWords(prefix: string): string {
  let s = prefix;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        changed = true;
      }
    }
  }
  return s;
}

function isPlausiblePrefix(prefix: string): boolean {
  const bare = prefix.replace(/[“”"（）()—\-]/g, "");
  if (bare.length < 2) return false;
  if (grammar.genericWords.some((w) => prefix.includes(w))) return false;
  // An unbalanced quote or bracket means the walk started inside another phrase.
  const opens = (prefix.match(/[“（(]/g) ?? []).length;
  const closes = (prefix.match(/[”）)]/g) ?? []).length;
  return opens === closes;
}

function buildAliases(prefix: string, suffix: string): string[] {
  const aliases = new Set<string>([`${prefix}${suffix}`]);
  const quoted = prefix.match(/[“"]([^”"]+)[”"]/);
  if (quoted) {
    const chain = quoted[1]!;
    aliases.add(chain);
    for (const member of chain.split(/[—\-]+/)) if (member.length >= 2) aliases.add(member);
  }
  const bracket = prefix.match(/^(.+?)[（(]([^）)]+)[）)]$/);
  if (bracket) {
    const [, outer = "", inner = ""] = bracket;
    aliases.add(`${outer}${inner}${suffix}`);
    aliases.add(`${outer}${suffix}`);
    aliases.add(`${inner}${suffix}`);
    aliases.add(outer);
    if (inner.length >= 2) aliases.add(inner);
    // "遵义和平（苟江）经开区" is also said without its city: 和平经开区 (with the suffix – 和平 alone is a word).
    if (outer.length >= 4) aliases.add(`${outer.slice(2)}${suffix}`);
  } else if (!quoted && prefix.length <= 4) {
    aliases.add(prefix);
  }
  return [...aliases];
}
