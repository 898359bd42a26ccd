import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { codeRoot } from "../package-root.js";

/**
 * A hash of the code that derives a cached table: the text of the listed modules (paths relative to
 * the code root, e.g. "lexicon/concept-schema.js"). Part of a derived cache's key beside the format
 * version, so that editing the tokeniser or the lexicon schema invalidates what they produced even
 * when nobody remembers to bump a version. Run from sources (tests), a `x.js` module is the file
 * `x.ts`. The bundled CLI reads the compiled modules the same build wrote beside it (dist/), which is
 * the code it was bundled from.
 */
export function codeStamp(modules: readonly string[]): string {
  const h = createHash("sha256");
  for (const rel of modules) {
    const js = join(codeRoot(), rel);
    const path = existsSync(js) ? js : js.replace(/\.js$/, ".ts");
    h.update(`${rel}\0`);
    try {
      h.update(readFileSync(path));
    } catch {
      // A module that cannot be read still yields a stable stamp from the rest.
      h.update("missing");
    }
  }
  return h.digest("hex");
}
