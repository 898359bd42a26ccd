import { packageRoot } from "../package-root.js";
import type { BenchSection } from "./bench-section.js";
import { admissionBenchSection } from "./admission-section.js";
import { answerBenchSection } from "./answer-section.js";
import { blindBenchSection } from "./blind-section.js";
import { loadBenchSection } from "./load-section.js";
import { replicaBenchSection } from "./replica-section.js";
import { retrievalBenchSection } from "./retrieval-bench.js";
import { usedBlindBenchSection } from "./used-blind-section.js";

/**
 * `npm run bench`: runs every enabled section in order and exits non-zero when any acceptance
 * check fails. `npm run bench -- --load` adds the load/soak section (minutes, not seconds).
 */
const SECTIONS: BenchSection[] = [retrievalBenchSection, answerBenchSection, admissionBenchSection, usedBlindBenchSection, blindBenchSection, replicaBenchSection, loadBenchSection];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const failures: string[] = [];
  // `--only answer,used-blind` runs just those sections (a quick tuning loop); otherwise every enabled one.
  const only = args.includes("--only") ? new Set((args[args.indexOf("--only") + 1] ?? "").split(",")) : null;
  for (const section of SECTIONS.filter((s) => (only ? only.has(s.name) : s.enabled(args)))) {
    try {
      const outcome = await section.run({ args, out: process.stdout, root: packageRoot() });
      failures.push(...outcome.failures.map((f) => `[${section.name}] ${f}`));
    } catch (err) {
      failures.push(`[${section.name}] 运行出错：${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failures.length) {
    process.stdout.write(`\n未达标：\n${failures.map((f) => `  - ${f}`).join("\n")}\n`);
    return 1;
  }
  process.stdout.write("\n全部评测达标。\n");
  return 0;
}

process.exitCode = await main();
