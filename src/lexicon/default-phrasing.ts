import { createHash } from "node:crypto";
import { join } from "node:path";
import { codeStamp } from "../cache/code-stamp.js";
import { cacheKey, readDerivedCache, writeDerivedCache } from "../cache/derived-cache-file.js";
import { phrasing } from "./data/phrasing.js";
import { LexiconError } from "./lexicon.js";
import { phrasingSchema, type Phrasing } from "./phrasing-schema.js";

/** Bump when the cached payload's layout changes (its content is keyed by the data and the schema code). */
export const PHRASING_CACHE_FORMAT = 1;
export const PHRASING_CACHE_FILE = "phrasing.cache.json";

let cached: Phrasing | null = null;

/** The shipped ask-kind cues, validated once on first use. */
export function defaultPhrasing(): Phrasing {
  cached ??= checkPriority(validatePhrasing(phrasing));
  return cached;
}

/**
 * Loads the shipped cues through the derived cache in `cacheDir` (the composition root passes
 * `<dataDir>/index`), unless loaded already; later defaultPhrasing() calls return them. As with the
 * lexicon cache, only the schema pass is skipped, and only for data validated before: the file is
 * keyed by a hash of the data and of the schema's code, and a missing, stale or damaged file means
 * the data is validated again and the file rewritten.
 */
export function primeDefaultPhrasing(cacheDir: string): { phrasing: Phrasing; source: "primed" | "cached" | "built" } {
  if (cached) return { phrasing: cached, source: "primed" };
  const key = phrasingCacheKey();
  const path = join(cacheDir, PHRASING_CACHE_FILE);
  const stored = readDerivedCache<{ phrasing: Phrasing }>(path, key);
  if (stored && stored.phrasing && typeof stored.phrasing === "object") {
    try {
      cached = checkPriority(stored.phrasing);
      return { phrasing: cached, source: "cached" };
    } catch {
      // A cached table that fails the cross-checks is not trusted: validate the data below.
    }
  }
  const validated = checkPriority(validatePhrasing(phrasing));
  writeDerivedCache(path, key, { phrasing: validated });
  cached = validated;
  return { phrasing: cached, source: "built" };
}

/** Forgets the loaded cues (tests). */
export function resetDefaultPhrasing(): void {
  cached = null;
}

function validatePhrasing(data: unknown): Phrasing {
  const parsed = phrasingSchema().safeParse(data);
  if (!parsed.success) throw new LexiconError(`问句词表有误：${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

function checkPriority(p: Phrasing): Phrasing {
  const missing = !Array.isArray(p.priority) || !p.kinds || p.priority.length !== new Set(p.priority).size || Object.keys(p.kinds).some((k) => !p.priority.includes(k as never));
  if (missing) throw new LexiconError("问句词表的 priority 必须恰好列出每种问法一次");
  return p;
}

function phrasingCacheKey(): string {
  const source = createHash("sha256").update(JSON.stringify(phrasing)).digest("hex");
  // The schema trims and fills defaults: its code shapes the cached cues as much as the data does.
  return cacheKey(["phrasing", String(PHRASING_CACHE_FORMAT), source, codeStamp(["lexicon/phrasing-schema.js"])]);
}
