import { PassThrough } from "node:stream";
import type { App } from "../../src/app/create-app.js";
import { runCli } from "../../src/cli/run-cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process with captured streams; `stdin` feeds commands that read it, `app` reuses
 * one App across calls (the corpus and index load once per test file).
 */
export async function runCliCaptured(
  argv: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv; app?: App } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += d));
  stderr.on("data", (d) => (err += d));
  stdin.end(options.stdin ?? "");
  const app = options.app;
  const code = await runCli(argv, { io: { stdout, stderr, stdin }, env: options.env ?? {}, ...(app ? { createApp: () => app } : {}) });
  return { code, stdout: out, stderr: err };
}
