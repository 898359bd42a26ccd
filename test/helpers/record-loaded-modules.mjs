// Preloaded with `node --import` by test/cli/cold-path.test.ts: records every module the process
// loads into the file named by RECORD_LOADED_MODULES, one URL or path a line — ES modules through a
// load hook (which runs on the loader thread, so it appends synchronously), CommonJS modules (pino,
// pg, Bolt and discord.js are CommonJS) from require.cache at exit.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const out = process.env.RECORD_LOADED_MODULES;
if (out) {
  register(new URL("./record-loaded-modules-hook.mjs", import.meta.url), { data: { out } });
  const require = createRequire(import.meta.url);
  process.on("exit", () => appendFileSync(out, Object.keys(require.cache).map((p) => `${p}\n`).join("")));
}
