import { childProcessEnv } from "../config/app-config.js";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { percentile } from "./percentile.js";

export interface ColdCliTiming {
  /** Median wall time, ms. */
  wallMs: number;
  /** Median CPU time (user + system) of the child, ms; null where /proc is unavailable. */
  cpuMs: number | null;
}

/** CPU time of reaped children so far (Linux /proc/self/stat cutime + cstime), in ms. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command name: field 3 is index 0, so cutime (16) and cstime (17) are 13 and 14.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

/**
 * Wall (and CPU) time of `node dist/cli.js <cliArgs…>` (e.g. `retrieve --json --k 3 "…"` or
 * `ask "…"`) as a user would run it, with the index already cached in `dataDir`; median of `runs`.
 * CPU time is reported because wall time on a shared 2-core machine depends on whatever else runs.
 * Offline: any configured LLM key is blanked for the child. Returns null when the built CLI fails.
 */
export function measureColdCli(root: string, dataDir: string, cliArgs: readonly string[], runs = 5): ColdCliTiming | null {
  const cli = join(root, "dist", "cli.js");
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const r = spawnSync(process.execPath, [cli, ...cliArgs], {
      env: childProcessEnv({ OPENAI_API_KEY: "", ALUBOT_LOG_LEVEL: "silent", ALUBOT_DATA_DIR: dataDir, ALUBOT_CORPUS_DIR: join(root, "corpus") }),
      encoding: "utf8",
    });
    if (r.status !== 0) return null;
    walls.push(performance.now() - started);
    const cpuAfter = childrenCpuMs();
    if (cpuBefore !== null && cpuAfter !== null) cpus.push(cpuAfter - cpuBefore);
  }
  return {
    wallMs: percentile(walls.sort((a, b) => a - b), 50),
    cpuMs: cpus.length ? percentile(cpus.sort((a, b) => a - b), 50) : null,
  };
}
