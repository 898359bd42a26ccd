import { childProcessEnv } from "../config/app-config.js";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatTable } from "../cli/display-width.js";
import type { BenchContext, BenchOutcome, BenchSection } from "./bench-section.js";
import { createBenchApp, RATE_LIMIT_NOTE } from "./create-bench-app.js";
import { loadEvalQuestions } from "./eval-question-schema.js";
import { evalSetPaths } from "./eval-set-paths.js";
import type { LoadBenchResult } from "./load-bench.js";
import { runSlackLoadBench, type SlackLoadBenchResult } from "./slack-load-bench.js";

const LOAD = { total: 2000, concurrency: 50, soakTotal: 20_000, maxRssGrowth: 0.1 } as const;
const SLACK = { total: 300, concurrency: 20, warmup: 20 } as const;
/** --expose-gc only: V8's default heap sizing, with a GC before each reading so the two runs compare. */
const DEFAULT_FLAGS = ["--expose-gc"] as const;

const mb = (b: number | null | undefined) => (b == null ? "—" : `${(b / 1024 / 1024).toFixed(1)} MB`);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const pctOf = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

/**
 * How `npm start` runs the bot: glibc's default of one malloc arena per thread fragments native memory
 * (jieba, SQLite, N-API strings) into slowly growing RSS while the V8 heap stays flat; two arenas is
 * the usual Node service setting and what the start script sets.
 */
const PRODUCTION_ENV = { MALLOC_ARENA_MAX: "2" } as const;

/** Runs dist/bench/soak-child.js under `flags` (and extra env) and parses its one JSON line. */
function runSoakChild(root: string, flags: readonly string[], env: Record<string, string> = {}): Promise<LoadBenchResult> {
  const child = join(dirname(fileURLToPath(import.meta.url)), "soak-child.js");
  const args = [...flags, child, root, String(LOAD.total), String(LOAD.concurrency), String(LOAD.soakTotal)];
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: childProcessEnv(env) });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => {
      if (code !== 0) return reject(new Error(`浸泡子进程退出码 ${code}：${stderr.trim().slice(-500)}`));
      try {
        resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as LoadBenchResult);
      } catch {
        reject(new Error(`浸泡子进程输出无法解析：${stdout.slice(-300)}`));
      }
    });
  });
}

function loadRows(production: LoadBenchResult, plain: LoadBenchResult): string[][] {
  const row = (name: string, f: (r: LoadBenchResult) => string) => [name, f(production), f(plain)];
  return [
    row(`吞吐量（前 ${LOAD.total} 题）`, (r) => `${r.throughput.toFixed(1)} 题/秒`),
    row("延迟 p50 / p95 / p99", (r) => `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`),
    row(`错误 / 丢失（全部 ${LOAD.soakTotal} 题）`, (r) => `${r.errors} / ${r.lost}`),
    row(`RSS：${LOAD.total} 题后 → ${LOAD.soakTotal} 题后`, (r) => `${mb(r.rssAfter2k)} → ${mb(r.rssAfter20k)}`),
    row("RSS 增长", (r) => pctOf(r.rssGrowth)),
    row("V8 已用堆：同两次读数", (r) => `${mb(r.heapAfter2k)} → ${mb(r.heapAfter20k)}`),
    row("RSS 序列（题数:MB）", (r) => (r.memorySeries ?? []).map((m) => `${m.questions / 1000}k:${(m.rss / 1024 / 1024).toFixed(0)}`).join(" ")),
  ];
}

function slackLine(label: string, r: SlackLoadBenchResult): string {
  return `${label}：${r.total} 个请求，吞吐量 ${r.throughputPerSec.toFixed(1)} 个/秒；p50 ${ms(r.p50Ms)}，p95 ${ms(r.p95Ms)}，p99 ${ms(r.p99Ms)}；错误 ${r.errors}，丢失 ${r.lost}`;
}

async function runLoadSection(ctx: BenchContext): Promise<BenchOutcome> {
  const { out, root } = ctx;
  const failures: string[] = [];
  out.write(`\n== 负载与浸泡（--load）==\n${RATE_LIMIT_NOTE}\n`);
  out.write(`引擎负载：开发集问题轮流提问，${LOAD.total} 题并发 ${LOAD.concurrency}，随后继续到共 ${LOAD.soakTotal} 题（浸泡），每次运行在独立的子进程中。\n`);
  const production = await runSoakChild(root, DEFAULT_FLAGS, PRODUCTION_ENV);
  const plain = await runSoakChild(root, DEFAULT_FLAGS);
  out.write(
    `${formatTable(["指标", "生产配置（npm start：MALLOC_ARENA_MAX=2）", "未设置 MALLOC_ARENA_MAX 的 Node"], loadRows(production, plain))}\n`,
  );
  out.write(
    "两次运行都用 V8 默认堆参数（另加 --expose-gc，以便每次读数前强制回收垃圾）。V8 已用堆几乎不变时，RSS 的变化来自堆外内存：\n" +
      "glibc 默认每个线程一个 malloc 分配区，jieba、SQLite 等原生分配会碎片化，RSS 缓慢上升；npm start 设置 MALLOC_ARENA_MAX=2（Node 服务的常用设置）。\n" +
      `RSS 增长 ≤ ${LOAD.maxRssGrowth * 100}% 的门槛作用于生产配置那一遍；另一遍照实列出、不设门槛。看序列：持续上升才是泄漏，升后持平是有界缓存。\n`,
  );
  for (const [label, r] of [["生产配置", production], ["未设置 MALLOC_ARENA_MAX", plain]] as const) {
    if (r.errors || r.lost) failures.push(`引擎负载（${label}）：错误 ${r.errors}，丢失 ${r.lost}`);
  }
  if (production.rssGrowth === null || production.rssGrowth > LOAD.maxRssGrowth) {
    failures.push(`浸泡后 RSS 增长 ${pctOf(production.rssGrowth)}，超过 ${LOAD.maxRssGrowth * 100}%`);
  }

  const bench = createBenchApp(root);
  try {
    await bench.app.retriever();
    const engine = bench.app.engine();
    const questions = loadEvalQuestions(evalSetPaths(root).dev).map((q) => q.question);
    const warm = await runSlackLoadBench({ engine, questions, total: SLACK.warmup, concurrency: 5 });
    const slack = await runSlackLoadBench({ engine, questions, total: SLACK.total, concurrency: SLACK.concurrency });
    out.write(`\nSlack HTTP 端点（真实 Bolt，回环地址，签名请求，假 Web API）：先预热 ${SLACK.warmup} 个请求（并发 5，不计入结果），再正式测量。\n`);
    out.write(`  ${slackLine("预热", warm)}\n  ${slackLine(`正式（并发 ${SLACK.concurrency}）`, slack)}\n`);
    if (slack.errors || slack.lost) failures.push(`Slack 负载：错误 ${slack.errors}，丢失 ${slack.lost}`);
  } finally {
    await bench.dispose();
  }
  out.write(`门槛：错误 0、丢失 0、生产配置运行的 RSS 增长 ≤ ${LOAD.maxRssGrowth * 100}%。\n`);
  return { failures };
}

export const loadBenchSection: BenchSection = { name: "load", enabled: (args) => args.includes("--load"), run: runLoadSection };
