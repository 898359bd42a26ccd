import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchContext, BenchOutcome, BenchSection } from "./bench-section.js";
import { BaselineSchema, blindSetPaths, measureBlind, renderBlindTable } from "./blind-section.js";

/** How many wrong items of a used set are listed; the rest are counted. */
const FAILURES_SHOWN = 60;

/**
 * Blind sets that were scored once before and once after a change are development data from then on:
 * this section measures them like the current blind set, and, unlike it, lists the items it gets wrong
 * so they can be studied. Their figures are not acceptance targets (they were tuned on).
 */
async function runUsedBlindSection(ctx: BenchContext): Promise<BenchOutcome> {
  const { out, root } = ctx;
  const evalDir = join(root, "test", "fixtures", "eval");
  const names = existsSync(evalDir) ? readdirSync(evalDir).filter((n) => /^used-blind-\d+$/.test(n)).sort() : [];
  for (const name of names) {
    const paths = blindSetPaths(root, name);
    const failures: string[] = [];
    const now = await measureBlind(root, name, (line) => failures.push(line));
    const baseline = existsSync(paths.baseline) ? BaselineSchema.parse(JSON.parse(readFileSync(paths.baseline, "utf8"))) : null;
    out.write(`\n== 用过的盲测集 ${name}（已评分两次，现为开发数据，不作验收）==\n`);
    if (baseline) out.write(`基线：提交 ${baseline.commit}（${baseline.measuredAt}）\n`);
    out.write(`\n${renderBlindTable(now, baseline?.figures ?? null)}\n`);
    out.write(`\n答错的 ${Math.min(failures.length, FAILURES_SHOWN)} 条（共 ${failures.length} 条）：\n`);
    for (const line of failures.slice(0, FAILURES_SHOWN)) out.write(`  ${line}\n`);
  }
  return { failures: [] };
}

// Part of the tuning loop, so it runs with `--no-blind`; `--no-used-blind` skips it.
export const usedBlindBenchSection: BenchSection = { name: "used-blind", enabled: (args) => !args.includes("--no-used-blind"), run: runUsedBlindSection };
