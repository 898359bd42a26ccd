import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The one place that knows where the package sits on disk. This module lives at the root of the
 * code tree (src/ under the tests, dist/ when compiled), and the bundled CLI (dist/cli.js and its
 * dist/cli-*.js chunks, see scripts/bundle-cli.mjs) sits at that same depth: so "the folder of this
 * module" is the code root whether or not the code is bundled — a path relative to each module's own
 * location would point elsewhere once the modules are merged into one file.
 */
const CODE_ROOT = dirname(fileURLToPath(import.meta.url));

/** The compiled (or, under the tests, source) module tree: dist/ or src/. */
export function codeRoot(): string {
  return CODE_ROOT;
}

/**
 * Root of the installed package, for the bundled corpus and prompts: found from the code's own
 * location, never from the working directory, so an installed `alubot` works from any folder.
 */
export function packageRoot(): string {
  return resolve(CODE_ROOT, "..");
}
