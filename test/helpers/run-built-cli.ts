import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built entry point; `npm test` builds it first (process contracts are tested on what ships). */
export const BUILT_CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * A clean child environment: PATH and a throwaway HOME only, so the developer's own OPENAI_*,
 * SLACK_* or ALUBOT_* variables never leak into a test; `vars` adds what the test configures.
 */
export function isolatedEnv(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: mkdtempSync(join(tmpdir(), "alubot-home-")), ...vars };
}

export function assertBuilt(bin = BUILT_CLI): void {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build (npm test does it first)`);
}

/** Runs `node <bin> …args` asynchronously (loopback fakes in this process keep serving) and waits for exit. */
export function runNode(
  bin: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; stdin?: string; timeoutMs?: number },
): Promise<ProcessRun> {
  const child = spawn(process.execPath, [bin, ...args], { env: options.env, cwd: options.cwd ?? tmpdir(), stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.end(options.stdin ?? "");
  return collect(child, options.timeoutMs ?? 30_000);
}

/** Collects a child's output until it exits; kills it (and fails) past the timeout instead of hanging the suite. */
export function collect(child: ChildProcess, timeoutMs: number): Promise<ProcessRun> {
  const started = Date.now();
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`process did not exit within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Resolves with the first stderr text matching `pattern` (e.g. the start-up line with a port). */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  let seen = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer | string) => {
      seen += String(d);
      const m = seen.match(pattern);
      if (m) {
        cleanup();
        resolve(m);
      }
    };
    const onExit = () => {
      cleanup();
      reject(new Error(`process exited before printing ${pattern}; stderr so far:\n${seen}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${pattern} within ${timeoutMs} ms; stderr so far:\n${seen}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    };
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}
