import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * A hash of the code that derives a cached table: the text of the listed modules (relative to `base`,
 * the caller's import.meta.url). Part of a derived cache's key beside the format version, so that
 * editing the tokeniser or the lexicon schema invalidates what they produced even when nobody
 * remembers to bump a version. Run from sources (tests), a `./x.js` import is the file `./x.ts`.
 */
export function codeStamp(base: string, modules: readonly string[]): string {
  const h = createHash("sha256");
  for (const rel of modules) {
    const js = fileURLToPath(new URL(rel, base));
    const path = existsSync(js) ? js : js.replace(/\.js$/, ".ts");
    h.update(`${rel}\0`);
    try {
      h.update(readFileSync(path));
    } catch {
      // A module that cannot be read (bundled elsewhere) still yields a stable stamp from the rest.
      h.update("missing");
    }
  }
  return h.digest("hex");
}
