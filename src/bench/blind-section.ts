import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { formatTable } from "../cli/display-width.js";
import { createCliLikeCheck } from "./admission-section.js";
import type { BenchContext, BenchOutcome, BenchSection } from "./bench-section.js";
import {
  runBlindConversations,
  runBlindProjects,
  runBlindQuestions,
  type BlindConversationFigures,
  type BlindFailureSink,
  type BlindProjectFigures,
  type BlindQuestionFigures,
} from "./blind-bench.js";
import { BlindConversationSchema, BlindProjectSchema, BlindQuestionSchema, loadJsonl } from "./blind-set-schema.js";
import { createBenchApp } from "./create-bench-app.js";

/** Issue 10 and 11 acceptance targets, measured on the blind sets. */
export const BLIND_TARGETS = {
  answerAccuracy: 0.85,
  falseRefusalMax: 0.03,
  oosRefused: 0.9,
  hit1: 0.9,
  hit3: 0.98,
  englishTraditional: 0.8,
  followUps: 0.9,
  projectOverall: 0.9,
} as const;

export interface BlindFigures {
  questions: BlindQuestionFigures;
  conversations: BlindConversationFigures;
  projects: BlindProjectFigures;
}

/** Figures for the code before the understanding rewrite, measured once with this same harness. */
export const BaselineSchema = z.object({ commit: z.string(), measuredAt: z.string(), figures: z.custom<BlindFigures>((v) => typeof v === "object" && v !== null) });

/** The current blind set; sets already scored before and after move to `used-blind-N/` (development data). */
export const CURRENT_BLIND_DIR = "blind";

export function blindSetPaths(root: string, name: string = CURRENT_BLIND_DIR) {
  const dir = join(root, "test", "fixtures", "eval", name);
  return {
    questions: join(dir, "questions-blind.jsonl"),
    conversations: join(dir, "conversations-blind.jsonl"),
    projects: join(dir, "projects-blind.jsonl"),
    baseline: join(dir, "baseline-figures.json"),
  };
}

const pct = (x: number | undefined): string => (x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);

/** English and traditional-character items together (the one target for both). */
function englishTraditional(q: BlindQuestionFigures): number {
  const e = q.byStyle.english ?? { n: 0, accuracy: 0 };
  const t = q.byStyle.traditional ?? { n: 0, accuracy: 0 };
  return e.n + t.n ? (e.accuracy * e.n + t.accuracy * t.n) / (e.n + t.n) : 0;
}

export function checkBlindTargets(f: BlindFigures): string[] {
  const t = BLIND_TARGETS;
  const q = f.questions;
  const out: string[] = [];
  if (q.answerAccuracy < t.answerAccuracy) out.push(`盲测集回答准确率 ${pct(q.answerAccuracy)} 低于 ${pct(t.answerAccuracy)}`);
  if (q.falseRefusalRate > t.falseRefusalMax) out.push(`盲测集误拒率 ${pct(q.falseRefusalRate)} 高于 ${pct(t.falseRefusalMax)}`);
  if (q.oosRefused < t.oosRefused) out.push(`盲测集范围外拒答率 ${pct(q.oosRefused)} 低于 ${pct(t.oosRefused)}`);
  if (q.hit1 < t.hit1) out.push(`盲测集检索 hit@1 ${pct(q.hit1)} 低于 ${pct(t.hit1)}`);
  if (q.hit3 < t.hit3) out.push(`盲测集检索 hit@3 ${pct(q.hit3)} 低于 ${pct(t.hit3)}`);
  if (englishTraditional(q) < t.englishTraditional) out.push(`盲测集英文/繁体准确率 ${pct(englishTraditional(q))} 低于 ${pct(t.englishTraditional)}`);
  if (f.conversations.followUpAccuracy < t.followUps) out.push(`盲测对话追问准确率 ${pct(f.conversations.followUpAccuracy)} 低于 ${pct(t.followUps)}`);
  if (f.projects.overallAccuracy < t.projectOverall) out.push(`盲测项目总体结论准确率 ${pct(f.projects.overallAccuracy)} 低于 ${pct(t.projectOverall)}`);
  if (f.projects.encouragedFailed > 0) out.push(`盲测项目中有 ${f.projects.encouragedFailed} 处“仅为鼓励/引导”的条款被判为不符合`);
  if (f.projects.departmentsPresent < f.projects.inProvince) out.push(`盲测项目中有 ${f.projects.inProvince - f.projects.departmentsPresent} 份省内报告没有责任部门`);
  return out;
}

export async function measureBlind(root: string, name: string = CURRENT_BLIND_DIR, onFailure?: BlindFailureSink): Promise<BlindFigures> {
  const paths = blindSetPaths(root, name);
  const bench = createBenchApp(root);
  try {
    const { app } = bench;
    const retriever = await app.retriever();
    const engine = app.engine();
    return {
      questions: await runBlindQuestions(engine, retriever, loadJsonl(paths.questions, BlindQuestionSchema), onFailure),
      conversations: await runBlindConversations(engine, loadJsonl(paths.conversations, BlindConversationSchema), onFailure),
      projects: await runBlindProjects(loadJsonl(paths.projects, BlindProjectSchema), createCliLikeCheck(app), onFailure),
    };
  } finally {
    bench.dispose();
  }
}

export function renderBlindTable(now: BlindFigures, before: BlindFigures | null): string {
  const t = BLIND_TARGETS;
  type Row = [string, (f: BlindFigures) => string, string];
  const styleRow = (name: string, style: keyof BlindQuestionFigures["byStyle"]): Row => [
    `  其中 ${name}`,
    (f) => `${pct(f.questions.byStyle[style]?.accuracy)}（${f.questions.byStyle[style]?.n ?? 0}）`,
    "—",
  ];
  const rows: Row[] = [
    ["范围内回答准确率（事实齐全且引用正确条款）", (f) => pct(f.questions.answerAccuracy), `≥ ${pct(t.answerAccuracy)}`],
    ["误拒率（范围内被拒答）", (f) => pct(f.questions.falseRefusalRate), `≤ ${pct(t.falseRefusalMax)}`],
    ["近领域范围外问题被拒答或说明文件未给出", (f) => pct(f.questions.oosRefused), `≥ ${pct(t.oosRefused)}`],
    ["  其中直接拒答（严格口径）", (f) => pct(f.questions.oosRefusedStrict), "—"],
    ["检索 hit@1", (f) => pct(f.questions.hit1), `≥ ${pct(t.hit1)}`],
    ["检索 hit@3", (f) => pct(f.questions.hit3), `≥ ${pct(t.hit3)}`],
    ["英文与繁体问题准确率", (f) => pct(englishTraditional(f.questions)), `≥ ${pct(t.englishTraditional)}`],
    styleRow("口语", "colloquial"),
    styleRow("长消息", "long"),
    styleRow("错别字", "typo"),
    styleRow("繁体", "traditional"),
    styleRow("英文", "english"),
    styleRow("书面", "formal"),
    styleRow("中英混杂", "mixed"),
    ["对话追问轮准确率", (f) => `${pct(f.conversations.followUpAccuracy)}（${f.conversations.followUps} 轮）`, `≥ ${pct(t.followUps)}`],
    ["项目总体结论准确率", (f) => pct(f.projects.overallAccuracy), `≥ ${pct(t.projectOverall)}`],
    ["项目不符合条款完全一致率", (f) => pct(f.projects.failingExactMatch), "—"],
    ["项目产业集群准确率", (f) => pct(f.projects.clusterAccuracy), "—"],
    ["仅鼓励条款被判 ❌ 的次数", (f) => String(f.projects.encouragedFailed), "0"],
    ["省内报告列出责任部门", (f) => `${f.projects.departmentsPresent}/${f.projects.inProvince}`, "全部"],
    ["ask p50（热）", (f) => `${f.questions.p50Ms} ms`, "≤ 5 ms"],
  ];
  const types = [...new Set([...Object.keys(now.questions.byType), ...Object.keys(before?.questions.byType ?? {})])].sort();
  for (const ty of types)
    rows.push([`  题型 ${ty}`, (f) => `${pct(f.questions.byType[ty]?.accuracy)}（${f.questions.byType[ty]?.n ?? 0}）`, "—"]);
  const header = before ? ["指标", "改动前（基线）", "现在", "目标"] : ["指标", "现在", "目标"];
  return formatTable(header, rows.map(([name, f, target]) => (before ? [name, f(before), f(now), target] : [name, f(now), target])));
}

async function runBlindSection(ctx: BenchContext): Promise<BenchOutcome> {
  const { out, root, args } = ctx;
  const paths = blindSetPaths(root);
  if (!existsSync(paths.questions)) {
    out.write("\n== 盲测集 ==\n未找到盲测集文件，跳过。\n");
    return { failures: [] };
  }
  const now = await measureBlind(root);
  const dump = args.indexOf("--blind-json");
  if (dump >= 0 && args[dump + 1]) writeFileSync(args[dump + 1]!, `${JSON.stringify(now, null, 2)}\n`);
  const baseline = existsSync(paths.baseline) ? BaselineSchema.parse(JSON.parse(readFileSync(paths.baseline, "utf8"))) : null;
  const q = now.questions;
  out.write("\n== 盲测集（只看过政策原文的人编写；这里只报告汇总数字，从不逐条列出）==\n");
  out.write(`问题 ${q.questions} 个（范围内 ${q.inScope}，近领域范围外 ${q.outOfScope}）；对话 ${now.conversations.conversations} 组 ${now.conversations.turns} 轮；项目描述 ${now.projects.cases} 个\n`);
  if (baseline) out.write(`基线：提交 ${baseline.commit}（${baseline.measuredAt}）用同一评测程序测得\n`);
  out.write(`\n${renderBlindTable(now, baseline?.figures ?? null)}\n`);
  return { failures: checkBlindTargets(now) };
}

// `--no-blind` while tuning: the blind sets are scored once before and once after a change, not watched.
export const blindBenchSection: BenchSection = { name: "blind", enabled: (args) => !args.includes("--no-blind"), run: runBlindSection };
