import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * A file of data derived from shipped sources (the validated lexicon, tokenised clauses), kept so that
 * a cold start does not redo the derivation. Layout: one header line, then the payload as JSON:
 *
 *   {"key":"<what the payload was derived from>","sha256":"<of the payload text>"}
 *   <payload>
 *
 * The key is a hash of the source data and the code's format version; the checksum catches a truncated
 * or edited payload. Any mismatch or damage reads as "no cache": the caller derives afresh (validating
 * the sources again) and writes a new file. A cache is never a second source of truth.
 */
export function readDerivedCache<T>(path: string, key: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const newline = text.indexOf("\n");
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(text.slice(0, newline)) as { key?: unknown; sha256?: unknown };
    if (header.key !== key) return undefined;
    const payload = text.slice(newline + 1);
    if (header.sha256 !== sha256(payload)) return undefined;
    return JSON.parse(payload) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache atomically (temp file, then rename), so a crash mid-write never leaves a file that
 * would be trusted. Returns false when the directory is not writable: a cache only saves time.
 */
export function writeDerivedCache(path: string, key: string, payload: unknown): boolean {
  const body = JSON.stringify(payload);
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify({ key, sha256: sha256(body) })}\n${body}`);
    renameSync(tmp, path);
    return true;
  } catch {
    // Removing the temp file can fail too (the "directory" is a file: ENOTDIR): still only lost time.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there.
    }
    return false;
  }
}

/** sha256 (hex) over the parts, each length-prefixed so that ["ab","c"] and ["a","bc"] differ. */
export function cacheKey(parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest("hex");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
