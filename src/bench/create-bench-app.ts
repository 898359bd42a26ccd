import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type App } from "../app/create-app.js";
import { loadConfig } from "../config/app-config.js";

/** Per-user and per-channel limits high enough that a bench run is never throttled. */
export const BENCH_RATE_LIMIT_PER_MIN = 1_000_000;

export interface BenchApp {
  app: App;
  dataDir: string;
  /** Closes the store and deletes the temp data dir. */
  dispose(): Promise<void>;
}

/**
 * The production composition root (createApp(loadConfig(…))) over a fresh data dir under the OS temp
 * dir, offline: the environment passed to loadConfig is built here, so no LLM/embedding key from the
 * caller's shell can leak in. Only the rate limits are raised (the bench asks hundreds of questions
 * per second as one user in one channel; the guard would otherwise answer "请求过于频繁").
 */
export function createBenchApp(root: string, extraEnv: Record<string, string> = {}): BenchApp {
  const dataDir = mkdtempSync(join(tmpdir(), "alubot-bench-app-"));
  const env = {
    ALUBOT_LOG_LEVEL: "silent",
    ALUBOT_DATA_DIR: dataDir,
    ALUBOT_CORPUS_DIR: join(root, "corpus"),
    ALUBOT_RATE_USER_PER_MIN: String(BENCH_RATE_LIMIT_PER_MIN),
    ALUBOT_RATE_CHANNEL_PER_MIN: String(BENCH_RATE_LIMIT_PER_MIN),
    // e.g. DATABASE_URL for the replica section; nothing else from the caller's shell.
    ...extraEnv,
  };
  const app = createApp(loadConfig(env));
  return {
    app,
    dataDir,
    async dispose() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const RATE_LIMIT_NOTE = `说明：评测用的引擎与生产相同（createApp(loadConfig(…))，离线，临时数据目录），只把每用户/每频道限流调高到 ${BENCH_RATE_LIMIT_PER_MIN}/分钟，以免批量提问被限流。`;
