import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalNpmRegistry, type LocalNpmRegistry } from "../helpers/local-npm-registry.js";
import { assertBuilt, collect, runNode, waitForOutput } from "../helpers/run-built-cli.js";

/*
 * Issue 12 item 5: installable as Node tools are. `npm pack` (reusing the dist `npm test` just
 * built), `npm install -g` of the tarball into a fresh prefix — offline, against a loopback stand-in
 * for the registry that serves the locked versions — then the installed `alubot` run from an
 * unrelated folder: `ask` answers from the bundled corpus, `start` serves /healthz and /metrics.
 */

const exec = promisify(execFile);
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "alubot-pack-"));
const home = join(work, "home");
const prefix = join(work, "prefix");
const elsewhere = join(work, "somewhere-else");
let registry: LocalNpmRegistry;
let tarball: string;

/** npm with nothing from the parent `npm test` (its npm_config_* variables) or the user's ~/.npmrc. */
const npmEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home });
/** What an operator's shell would have: PATH and HOME, no ALUBOT_* at all. */
const userEnv = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, ...vars });

beforeAll(async () => {
  assertBuilt();
  for (const d of [home, prefix, elsewhere]) mkdirSync(d, { recursive: true });
  registry = await startLocalNpmRegistry(REPO);
}, 30_000);
afterAll(() => registry?.close());

describe("the npm package", () => {
  it("packs dist, the corpus, the prompts and the data files — and not the sources or tests", async () => {
    // --ignore-scripts: `prepare` would rebuild dist, which `npm test` has just done.
    const { stdout } = await exec("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: REPO, env: npmEnv() });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, packed!.filename);
    const files = packed!.files.map((f) => f.path);
    for (const f of ["dist/cli.js", "dist/data/synonyms.json", "dist/lexicon/data/question-cues.js", "package.json", "README.md"]) expect(files, f).toContain(f);
    const corpus = readdirSync(join(REPO, "corpus"));
    for (const f of corpus) expect(files, f).toContain(`corpus/${f}`);
    for (const f of readdirSync(join(REPO, "prompts"))) expect(files, f).toContain(`prompts/${f}`);
    expect(files.filter((f) => /^(src|test|node_modules|dist\/bench)\//.test(f))).toEqual([]);
  }, 60_000);

  it("installs globally into a fresh prefix, offline, and the installed alubot works from any folder", async () => {
    expect(tarball, "the pack test runs first").toBeTruthy();
    await exec(
      "npm",
      ["install", "-g", "--prefix", prefix, "--registry", registry.url, "--cache", join(work, "npm-cache"), "--ignore-scripts", "--legacy-peer-deps", "--no-audit", "--no-fund", "--no-update-notifier", tarball],
      { cwd: work, env: npmEnv(), timeout: 150_000 },
    );
    expect(registry.misses).toEqual([]);
    const bin = join(prefix, "bin", "alubot");
    expect(existsSync(bin)).toBe(true);

    const run = await runNode(bin, ["ask", "--json", "到2027年再生铝占原铝供应量的比重要达到多少？"], { env: userEnv(), cwd: elsewhere, timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { answer: string; citations: { clauseId: string; quote: string }[]; mode: string };
    expect(doc.mode).toBe("offline");
    expect(doc.citations.length).toBeGreaterThan(0);
    expect(doc.answer).toContain("20%");
    // Data goes to the per-user folder; nothing is written into the package or the working folder.
    expect(existsSync(join(home, ".local", "share", "alubot", "alubot.db"))).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(prefix, "lib", "node_modules", "alubot", ".alubot"))).toBe(false);

    // `alubot start` with only ALUBOT_METRICS_PORT: the terminal chat, with /healthz and /metrics beside it.
    const child = spawn(bin, ["start"], { env: userEnv({ ALUBOT_METRICS_PORT: "0" }), cwd: elsewhere, stdio: ["pipe", "pipe", "pipe"] });
    const exit = collect(child, 60_000);
    try {
      const [, port] = await waitForOutput(child, /健康检查与指标：http:\/\/127\.0\.0\.1:(\d+)\/healthz/);
      let health: { status: number; body: unknown } = { status: 0, body: null };
      for (let i = 0; i < 100 && health.status !== 200; i++) {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        health = { status: res.status, body: await res.json() };
        if (health.status !== 200) await new Promise((r) => setTimeout(r, 50));
      }
      expect(health).toEqual({ status: 200, body: { status: "ok", ready: true, transports: { terminal: { ready: true } }, details: { store: "sqlite" } } });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain("# TYPE process_cpu_user_seconds_total counter");
      expect(metrics).toContain("# TYPE nodejs_eventloop_lag_seconds gauge");
      child.stdin.end("三（三）讲了什么？\n");
      const done = await exit;
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toContain("合理控制电解铝产能");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 240_000);
});
