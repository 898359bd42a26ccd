import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BUILT_CLI, collect, isolatedEnv } from "../helpers/run-built-cli.js";

const RECORDER = fileURLToPath(new URL("../helpers/record-loaded-modules.mjs", import.meta.url));

/**
 * The built CLI run as a user runs it, with every module it loads recorded. Guards the cold path by
 * what is loaded, not by wall-clock time (timing belongs in the bench: a shared machine's clock is noisy).
 */
async function runRecorded(args: string[], vars: Record<string, string> = {}) {
  const out = join(mkdtempSync(join(tmpdir(), "alubot-modules-")), "loaded.txt");
  const env = isolatedEnv({ RECORD_LOADED_MODULES: out, ...vars });
  const child = spawn(process.execPath, ["--import", RECORDER, BUILT_CLI, ...args], { env, cwd: tmpdir(), stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.end("");
  const run = await collect(child, 60_000);
  expect(run.code, run.stderr).toBe(0);
  return { ...run, modules: readFileSync(out, "utf8").split("\n").filter(Boolean) };
}

const loads = (modules: string[], part: string) => modules.filter((m) => m.includes(part));

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** Written by scripts/bundle-cli.mjs from esbuild's metafile: the source modules inside each output file. */
const BUNDLE_MAP = join(DIST, "cli-bundle-modules.json");

/**
 * The source modules a run executed. The CLI is bundled (scripts/bundle-cli.mjs), so a process loads
 * dist/cli.js and dist/cli-*.js chunks, not dist/<module>.js: each loaded chunk is mapped back to the
 * src/ modules it holds by the build's own map, and that map is checked against the chunk's text
 * (esbuild marks where each module's code starts with a `// src/….ts` or `// node_modules/…` line), so a
 * stale or partial map cannot hide a module. Any other file of ours loaded from dist/ (an unbundled
 * module) fails here. Packages the bundle includes (zod) appear as node_modules/… sources.
 */
function loadedSources(modules: string[]): Set<string> {
  const outputs = (JSON.parse(readFileSync(BUNDLE_MAP, "utf8")) as { outputs: Record<string, string[]> }).outputs;
  const sources = new Set<string>();
  for (const m of modules) {
    if (!m.startsWith("file:")) continue;
    const path = fileURLToPath(m);
    if (!path.startsWith(DIST)) continue;
    const name = path.slice(DIST.length);
    const inputs = outputs[`dist/${name}`];
    expect(inputs, `${name} is loaded but is not an output of the bundle`).toBeDefined();
    const marked = [...readFileSync(path, "utf8").matchAll(/^\/\/ ((?:src|node_modules)\/\S+\.[cm]?[jt]s)$/gm)].map((x) => x[1]);
    expect([...new Set(marked)].sort(), `modules marked in ${name}`).toEqual(inputs);
    for (const s of inputs ?? []) sources.add(s);
  }
  return sources;
}

describe("cold path of the built CLI (modules loaded)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "alubot-cold-"));
  beforeAll(() => assertBuilt());

  it("ask, with no chat platform, database or LLM configured, loads only its own command and no client it does not use", async () => {
    const run = await runRecorded(["ask", "电解铝还能新建吗"], { ALUBOT_DATA_DIR: dataDir, ALUBOT_LOG_LEVEL: "warn" });
    expect(run.stdout).toContain("三（三）");
    const m = run.modules;
    const sources = [...loadedSources(m)];
    // The recorder and the map work: the answer's own graph is in the list.
    expect(sources).toContain("src/cli/commands/ask-command.ts");
    expect(sources).toContain("src/engine/create-engine.ts");
    expect(loads(m, "/node_modules/better-sqlite3/").length).toBeGreaterThan(0);
    expect(loads(m, "/node_modules/@node-rs/jieba/").length).toBeGreaterThan(0);
    // Other commands, the transports and the clients of unconfigured services are never loaded: neither
    // their packages nor our code for them, in whichever chunk esbuild put it.
    expect(sources.filter((s) => s.startsWith("src/cli/commands/") && s !== "src/cli/commands/ask-command.ts")).toEqual([]);
    for (const prefix of ["src/adapters/slack/", "src/adapters/discord/", "src/store/postgres/", "src/answer/llm/", "src/observability/metrics-server.ts"]) {
      expect(sources.filter((s) => s.startsWith(prefix)), prefix).toEqual([]);
    }
    // A package is neither loaded from node_modules nor bundled into a loaded chunk.
    const bundled = sources.map((s) => `/${s}`);
    for (const part of [
      "/node_modules/@slack/", "/node_modules/discord.js/", "/node_modules/@discordjs/", "/node_modules/pg/",
      "/node_modules/@langchain/", "/node_modules/langchain/", "/node_modules/openai/", "/node_modules/prom-client/",
      // Nothing was logged at warn: the logger was never built.
      "/node_modules/pino/",
    ]) {
      expect([...loads(m, part), ...loads(bundled, part)], part).toEqual([]);
    }
  });

  it("with the caches built, a question in simplified characters never loads the traditional→simplified converter; one in traditional characters does", async () => {
    const env = { ALUBOT_DATA_DIR: dataDir, ALUBOT_LOG_LEVEL: "warn" };
    await runRecorded(["ask", "电解铝还能新建吗"], env);
    const simplified = await runRecorded(["ask", "电解铝还能新建吗"], env);
    expect(loads(simplified.modules, "/node_modules/opencc-js/")).toEqual([]);
    const traditional = await runRecorded(["ask", "電解鋁還能新建嗎"], env);
    expect(traditional.stdout).toContain("三（三）");
    expect(loads(traditional.modules, "/node_modules/opencc-js/").length).toBeGreaterThan(0);
  });

  it("a line at an enabled level still reaches stderr as JSON through pino, loaded for it", async () => {
    const run = await runRecorded(["ask", "电解铝还能新建吗"], { ALUBOT_DATA_DIR: dataDir, ALUBOT_LOG_LEVEL: "info" });
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { msg?: string; app?: string });
    expect(lines.some((l) => l.msg === "question answered" && l.app === "alubot")).toBe(true);
    expect(loads(run.modules, "/node_modules/pino/").length).toBeGreaterThan(0);
  });

  it("clause, which reads only the corpus, loads neither the segmenter, the vector index nor the retriever", async () => {
    const run = await runRecorded(["clause", "3.4"], { ALUBOT_DATA_DIR: dataDir });
    expect(run.stdout).toContain("三（四）");
    const sources = loadedSources(run.modules);
    expect(sources).toContain("src/cli/commands/clause-command.ts");
    for (const part of ["/node_modules/@node-rs/jieba/", "/node_modules/hnswlib-node/"]) {
      expect(loads(run.modules, part), part).toEqual([]);
    }
    for (const source of ["src/retrieval/build-retriever.ts", "src/engine/create-engine.ts"]) {
      expect(sources.has(source), source).toBe(false);
    }
  });
});
