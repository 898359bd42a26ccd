import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../admission/build-report.js";
import type { AdmissionReport } from "../admission/report-schema.js";
import type { App } from "../app/create-app.js";
import { formatTable } from "../cli/display-width.js";
import { loadHeldoutProjects, loadScenarios, runAdmissionBench, type AdmissionBenchMetrics } from "./admission-bench.js";
import type { BenchContext, BenchOutcome, BenchSection } from "./bench-section.js";
import { createBenchApp } from "./create-bench-app.js";
import { evalSetPaths } from "./eval-set-paths.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Description → report exactly as `alubot check "<描述>"` does it (src/cli/commands/check-command.ts). */
export function createCliLikeCheck(app: App): (description: string) => Promise<AdmissionReport> {
  return async (description) => buildReport(await app.profileExtractor().extract(description), app.admissionKnowledge());
}

async function runAdmissionSection(ctx: BenchContext): Promise<BenchOutcome> {
  const { out, root } = ctx;
  const paths = evalSetPaths(root);
  const bench = createBenchApp(root);
  try {
    const check = createCliLikeCheck(bench.app);
    const scenarios = await runAdmissionBench(loadScenarios(paths.scenarios), check);
    const held = await runAdmissionBench(loadHeldoutProjects(paths.heldoutProjects), check);
    // Probes (admission-probe-*.jsonl, same schema as held-out projects) are scored beside the held-out set.
    const probeFiles = readdirSync(paths.evalDir).filter((f) => /^admission-probe-.+\.jsonl$/.test(f)).sort();
    const probes: Array<[string, AdmissionBenchMetrics]> = [];
    for (const f of probeFiles) probes.push([f.replace(/\.jsonl$/, ""), await runAdmissionBench(loadHeldoutProjects(join(paths.evalDir, f)), check)]);
    const row = (name: string, f: (m: AdmissionBenchMetrics) => string) => [name, f(scenarios), f(held), ...probes.map(([, m]) => f(m))];
    out.write("\n== 项目准入检查评测（离线，与 alubot check 相同的抽取与规则）==\n");
    out.write(
      `${formatTable(["指标", `场景集（test/fixtures/scenarios，${scenarios.cases} 个，随代码编写）`, `留出项目（${held.cases} 个，独立编写）`, ...probes.map(([n, m]) => `${n}（${m.cases} 个）`)], [
        row("总体结论准确率", (m) => pct(m.overallAccuracy)),
        row("不符合条款完全一致率", (m) => pct(m.failingExactMatch)),
        row("产业集群准确率", (m) => pct(m.clusterAccuracy)),
        row("鼓励项被判不符合（应为 0）", (m) => String(m.encouragedFailed)),
        row("检查延迟 p50", (m) => `${m.latencyMs.p50.toFixed(2)} ms`),
        row("检查延迟 p95", (m) => `${m.latencyMs.p95.toFixed(2)} ms`),
      ])}\n`,
    );
    out.write("只报告、不设门槛：场景集由 npm test 逐条断言；留出项目用来衡量泛化。\n");
    for (const [name, m] of [["场景集", scenarios], ["留出项目", held], ...probes] as const) {
      if (!m.mismatches.length) continue;
      out.write(`\n${name}不一致（${m.mismatches.length} 个）：编号 期望 → 实际\n`);
      for (const x of m.mismatches) out.write(`  ${x.id} 期望 ${x.expected} → 实际 ${x.got}\n`);
    }
    return { failures: [] };
  } finally {
    await bench.dispose();
  }
}

export const admissionBenchSection: BenchSection = { name: "admission", enabled: () => true, run: runAdmissionSection };
