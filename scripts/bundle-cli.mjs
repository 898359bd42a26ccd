// Bundles the CLI after `tsc` (npm run build): dist/cli.js becomes one ESM file of our own code, with a
// few dist/cli-*.js chunks for what only some commands load (dynamic import(): the chat adapters, the
// LLM, PostgreSQL). A cold `alubot ask` then compiles a handful of files instead of ~250 and resolves
// no relative imports. npm packages stay external (native addons cannot be bundled, and Slack,
// Discord and LangChain must keep loading only when configured). The chunks sit beside cli.js, at the
// depth of src/package-root.ts, which is how the bundled code still finds corpus/ and prompts/.
// The unbundled modules tsc wrote stay in dist/: the tests, the bench and the code stamps use them.
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist`;
// Chunk names carry a content hash: the previous build's chunks would otherwise pile up.
for (const f of readdirSync(dist)) if (/^cli-.*\.js$/.test(f)) rmSync(`${dist}/${f}`);

// zod is bundled: it is plain JavaScript loaded by every command, and as a package it is ~95 ES
// modules that Node resolves, reads and links one by one (~40 ms of a cold ask). Every other package
// stays external (see above).
const BUNDLED = new Set(["zod"]);
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// zod re-exports every one of its ~60 message locales as a namespace (z.locales, z.core.locales), so
// bundling zod would put ~370 KB of locale code that we never use into the chunk every command loads and
// compiles. English, the default zod registers on its own (classic/schemas.js imports locales/en.js),
// is the only one kept; nothing of ours calls z.config or reads z.locales (the build fails if a module
// of ours imports zod's locales itself).
const ZOD_LOCALES = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/;
const englishOnlyZodLocales = {
  name: "english-only-zod-locales",
  setup(b) {
    b.onLoad({ filter: ZOD_LOCALES }, () => ({ contents: 'export { default as en } from "./en.js";\n', loader: "js" }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  chunkNames: "cli-[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external,
  logLevel: "warning",
  metafile: true,
  plugins: [englishOnlyZodLocales],
});

// Which source modules each output file holds (esbuild's metafile, trimmed to that). The bundle hides
// module paths from anyone watching what a process loads; test/cli/cold-path.test.ts maps the chunks a
// cold `ask` loads back to their sources with this, to prove it loads no chat adapter, database client,
// LLM code or other command. Not shipped (package.json "files").
// Only modules that put code in the file are listed: a pure re-export (zod/index.js) or a type-only
// module has no code of its own there.
const outputs = Object.fromEntries(
  Object.entries(result.metafile.outputs).map(([out, o]) => [
    out,
    Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([input]) => input).sort(),
  ]),
);
writeFileSync(`${dist}/cli-bundle-modules.json`, `${JSON.stringify({ outputs }, null, 1)}\n`);
