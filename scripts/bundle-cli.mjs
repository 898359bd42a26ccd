// Bundles the CLI after `tsc` (npm run build): dist/cli.js becomes one ESM file of our own code, with a
// few dist/cli-*.js chunks for what only some commands load (dynamic import(): the chat adapters, the
// LLM, PostgreSQL). A cold `alubot ask` then compiles a handful of files instead of ~250 and resolves
// no relative imports. npm packages stay external (native addons cannot be bundled, and Slack,
// Discord and LangChain must keep loading only when configured). The chunks sit beside cli.js, at the
// depth of src/package-root.ts, which is how the bundled code still finds corpus/ and prompts/.
// The unbundled modules tsc wrote stay in dist/: the tests, the bench and the code stamps use them.
import { readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist`;
// Chunk names carry a content hash: the previous build's chunks would otherwise pile up.
for (const f of readdirSync(dist)) if (/^cli-.*\.js$/.test(f)) rmSync(`${dist}/${f}`);

await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  chunkNames: "cli-[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
