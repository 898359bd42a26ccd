import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { codeStamp } from "../cache/code-stamp.js";
import { cacheKey, readDerivedCache, writeDerivedCache } from "../cache/derived-cache-file.js";

/** Bump when the cached payload's layout changes (its content is keyed by opencc-js's code and this code). */
export const KEYS_FORMAT = 2;
export const KEYS_FILE = "t2cn-keys.cache.json";

/**
 * opencc-js (its t2cn build: the converter and its dictionaries, ~100 KB of script) is loaded on first
 * need — a text that contains a dictionary key, or deriving the keys — not on every start: most
 * questions are typed in simplified characters and never need it. Its CommonJS (UMD) build, so a
 * synchronous caller can load it.
 */
const requireCjs = createRequire(import.meta.url);
type OpenCCModule = typeof import("opencc-js/t2cn");
let openccModule: OpenCCModule | null = null;
const opencc = (): OpenCCModule => (openccModule ??= requireCjs("opencc-js/t2cn") as OpenCCModule);

let converter: ((s: string) => string) | null = null;
let entries: DictionaryKeys | null = null;

/**
 * OpenCC's dictionary keys. A one-shot process (a CLI question) checks one text against the plain
 * lists; a process that answers more builds the indexed form on its second text.
 */
interface DictionaryKeys {
  /** Every one-character key, concatenated. */
  singles: string;
  /** Every longer key. */
  longer: readonly string[];
  checked: number;
  index?: { single: ReadonlySet<number>; longer: ReadonlyMap<number, readonly string[]> };
}

/**
 * Traditional → simplified characters (OpenCC, generic traditional incl. Taiwan and Hong Kong forms).
 *
 * OpenCC replaces dictionary entries found by longest prefix and copies every other character as it
 * is, so a text in which no dictionary key occurs comes back unchanged. Almost every question is typed
 * in simplified characters: once the keys are known (primeSimplified), such a text skips building the
 * converter's tables, most of a cold answer's normalisation. Without the keys, or when one occurs, the
 * converter runs as always.
 */
export function toSimplified(text: string): string {
  if (entries && !containsKey(text, entries)) return text;
  const convert = (converter ??= opencc().Converter({ from: "t", to: "cn" }));
  return convert(text);
}

/** Whether any dictionary key occurs anywhere in the text (a conversion could then change it). */
function containsKey(text: string, keys: DictionaryKeys): boolean {
  if (keys.checked++ === 0) {
    for (const ch of text) if (keys.singles.includes(ch)) return true;
    return keys.longer.some((k) => text.includes(k));
  }
  const index = (keys.index ??= indexKeys(keys));
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (index.single.has(cp)) return true;
    const longer = index.longer.get(cp);
    if (longer && longer.some((k) => text.startsWith(k, i))) return true;
  }
  return false;
}

/**
 * Reads OpenCC's dictionary keys from `<cacheDir>/t2cn-keys.cache.json` (the composition root passes
 * `<dataDir>/index`), deriving and writing them when the file is missing, stale (another opencc-js or
 * another version of this code) or damaged. Idempotent: a primed process returns "primed".
 */
export function primeSimplified(cacheDir: string): "primed" | "cached" | "built" {
  if (entries) return "primed";
  const key = keysCacheKey();
  const path = join(cacheDir, KEYS_FILE);
  const cached = readDerivedCache<{ singles: unknown; longer: unknown }>(path, key);
  if (cached && typeof cached.singles === "string" && Array.isArray(cached.longer) && cached.longer.every((k) => typeof k === "string" && k.length > 0)) {
    entries = { singles: cached.singles, longer: cached.longer as string[], checked: 0 };
    return "cached";
  }
  entries = splitKeys(dictionaryKeys());
  writeDerivedCache(path, key, { singles: entries.singles, longer: entries.longer });
  return "built";
}

function indexKeys(keys: DictionaryKeys): NonNullable<DictionaryKeys["index"]> {
  const single = new Set(Array.from(keys.singles, (ch) => ch.codePointAt(0)!));
  const longer = new Map<number, string[]>();
  for (const k of keys.longer) {
    const cp = k.codePointAt(0)!;
    const list = longer.get(cp);
    if (list) list.push(k);
    else longer.set(cp, [k]);
  }
  return { single, longer };
}

function splitKeys(keys: readonly string[]): DictionaryKeys {
  const singles: string[] = [];
  const longer: string[] = [];
  for (const k of keys) (Array.from(k).length === 1 ? singles : longer).push(k);
  return { singles: singles.join(""), longer, checked: 0 };
}

/**
 * Every dictionary key of the converter toSimplified builds: the "t2s" configuration (what
 * Converter({ from: "t", to: "cn" }) uses), its normalisation, segmentation and conversion
 * dictionaries. Entries are "source target" strings joined by "|", or [source, target] pairs.
 */
export function dictionaryKeys(): string[] {
  const config = (opencc().Locale as unknown as { configs: Record<string, Record<string, unknown>> }).configs.t2s;
  if (!config) throw new Error("opencc-js: no t2s configuration");
  const out = new Set<string>();
  const walk = (d: unknown): void => {
    if (typeof d === "string") {
      for (const entry of d.split("|")) {
        const space = entry.indexOf(" ");
        if (space > 0) out.add(entry.slice(0, space));
      }
    } else if (Array.isArray(d)) {
      if (d.length === 2 && typeof d[0] === "string" && typeof d[1] === "string" && !d[0].includes(" ") && !d[0].includes("|")) {
        if (d[0]) out.add(d[0]);
      } else d.forEach(walk);
    }
  };
  for (const part of Object.values(config)) walk(part);
  return [...out];
}

/** Forgets the primed keys (tests). */
export function resetSimplified(): void {
  entries = null;
}

/**
 * Keyed by opencc-js's version (its dictionaries ship inside the package; dependencies are pinned
 * exactly) and by this code. Hashing the 100 KB converter module instead cost a cold start more than
 * the rest of the check.
 */
function keysCacheKey(): string {
  return cacheKey(["t2cn-keys", String(KEYS_FORMAT), openccVersion(), codeStamp(["text/to-simplified.js"])]);
}

/** The version in opencc-js's package.json (not exported by the package: found beside its module). */
function openccVersion(): string {
  let dir = dirname(requireCjs.resolve("opencc-js/t2cn"));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "opencc-js" && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level: look one up.
    }
    dir = dirname(dir);
  }
  return "unknown";
}
