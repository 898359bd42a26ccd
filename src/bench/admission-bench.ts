import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import type { AdmissionReport } from "../admission/report-schema.js";
import { percentile } from "./percentile.js";

const OverallSchema = z.enum(["compliant", "non_compliant", "needs_info"]);

/** One project to check, whichever file it came from. */
export const AdmissionCaseSchema = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  overall: OverallSchema,
  /** Clause ids of the failing findings, order irrelevant. */
  failing: z.array(z.string()),
  /** Cluster clause id, or null when no cluster applies. */
  cluster: z.string().nullable(),
  /** Clauses whose guidance the project declines: 💡 advice, never a failing finding. */
  advised: z.array(z.string()).default([]),
});
export type AdmissionCase = z.infer<typeof AdmissionCaseSchema>;

/** A line of test/fixtures/eval/heldout-projects.jsonl. */
const HeldoutProjectSchema = z.object({
  id: z.string(),
  description: z.string(),
  expectedOverall: OverallSchema,
  failingClauses: z.array(z.string()),
  cluster: z.string().nullable(),
  advisedClauses: z.array(z.string()).default([]),
});

/** A test/fixtures/scenarios/*.json file (the fields the bench scores; see test/admission/scenarios.test.ts). */
const ScenarioSchema = z.object({
  description: z.string(),
  expected: z.object({ overall: OverallSchema, failing: z.array(z.string()), cluster: z.string().nullable(), advised: z.array(z.string()).default([]) }),
});

export function loadHeldoutProjects(file: string): AdmissionCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const p = HeldoutProjectSchema.safeParse(JSON.parse(l));
      if (!p.success) throw new Error(`留出项目第 ${i + 1} 行格式有误：${p.error.issues[0]?.message ?? ""}`);
      return {
        id: p.data.id, description: p.data.description, overall: p.data.expectedOverall, failing: p.data.failingClauses,
        cluster: p.data.cluster, advised: p.data.advisedClauses,
      };
    });
}

export function loadScenarios(dir: string): AdmissionCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const s = ScenarioSchema.parse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      return { id: basename(f, ".json"), description: s.description, ...s.expected };
    });
}

export interface AdmissionMismatch {
  id: string;
  expected: string;
  got: string;
}

export interface AdmissionBenchMetrics {
  cases: number;
  overallAccuracy: number;
  /** Share whose set of failing clauses equals the expected set exactly. */
  failingExactMatch: number;
  clusterAccuracy: number;
  /** Failing findings on a clause the case only declines guidance of (must be 0: guidance is never ❌). */
  encouragedFailed: number;
  latencyMs: { p50: number; p95: number };
  mismatches: AdmissionMismatch[];
}

const describe = (overall: string, failing: readonly string[], cluster: string | null) =>
  `${overall}，不符合 [${[...failing].sort().join(",")}]，集群 ${cluster ?? "无"}`;

/** Checks every case through `check` (description → report, as `alubot check` does) and scores it. */
export async function runAdmissionBench(cases: readonly AdmissionCase[], check: (description: string) => Promise<AdmissionReport>): Promise<AdmissionBenchMetrics> {
  let overallOk = 0, failingOk = 0, clusterOk = 0, encouragedFailed = 0;
  const latencies: number[] = [];
  const mismatches: AdmissionMismatch[] = [];
  for (const c of cases) {
    const started = performance.now();
    const report = await check(c.description);
    latencies.push(performance.now() - started);
    const failing = [...new Set(report.findings.filter((f) => f.status === "fail").map((f) => f.clauseId))].sort();
    const cluster = report.cluster?.clauseId ?? null;
    const o = report.overall === c.overall;
    const f = failing.join(",") === [...c.failing].sort().join(",");
    const k = cluster === c.cluster;
    overallOk += Number(o);
    failingOk += Number(f);
    clusterOk += Number(k);
    // Still scored on "fail" findings only: 💡 advice is not failing.
    encouragedFailed += failing.filter((id) => (c.advised ?? []).includes(id)).length;
    if (!(o && f && k)) mismatches.push({ id: c.id, expected: describe(c.overall, c.failing, c.cluster), got: describe(report.overall, failing, cluster) });
  }
  const share = (n: number) => (cases.length ? n / cases.length : 0);
  latencies.sort((a, b) => a - b);
  return {
    cases: cases.length,
    overallAccuracy: share(overallOk),
    failingExactMatch: share(failingOk),
    clusterAccuracy: share(clusterOk),
    encouragedFailed,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    mismatches,
  };
}
