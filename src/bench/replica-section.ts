import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { formatTable } from "../cli/display-width.js";
import { childProcessEnv, loadConfig } from "../config/app-config.js";
import { findPostgresBin, startThrowawayCluster } from "../store/postgres/testing/throwaway-cluster.js";
import type { BenchContext, BenchOutcome, BenchSection } from "./bench-section.js";
import type { ReplicaChildResult } from "./replica-child.js";

const QUESTIONS = 600;
const CONCURRENCY = 10;

interface Run {
  label: string;
  replicas: number;
  answered: number;
  errors: number;
  wallMs: number;
}

/** Starts `replicas` children on one store, releases them together, and waits for all. */
async function runReplicas(root: string, replicas: number, databaseUrl: string | undefined): Promise<Omit<Run, "label">> {
  const child = join(dirname(fileURLToPath(import.meta.url)), "replica-child.js");
  const share = Math.floor(QUESTIONS / replicas);
  const procs = Array.from({ length: replicas }, (_, i) => {
    const args = [child, root, String(share), String(CONCURRENCY), String(i * 100_000), ...(databaseUrl ? [databaseUrl] : [])];
    const p = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"], env: childProcessEnv() });
    let out = "";
    let err = "";
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const ready = new Promise<void>((resolve, reject) => {
      p.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("ready\n")) resolve();
      });
      p.on("exit", (code) => reject(new Error(`副本子进程退出码 ${code}：${err.trim().slice(-400)}`)));
    });
    const done = new Promise<ReplicaChildResult>((resolve, reject) =>
      p.on("close", (code) => {
        if (code !== 0) return reject(new Error(`副本子进程退出码 ${code}：${err.trim().slice(-400)}`));
        try {
          resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "") as ReplicaChildResult);
        } catch {
          reject(new Error(`副本子进程输出无法解析：${out.slice(-200)}`));
        }
      }),
    );
    return { p, ready, done };
  });
  await Promise.all(procs.map((x) => x.ready));
  const started = performance.now();
  for (const x of procs) x.p.stdin.end("go\n");
  const results = await Promise.all(procs.map((x) => x.done));
  const wallMs = performance.now() - started;
  return {
    replicas,
    answered: results.reduce((n, r) => n + r.answered, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    wallMs,
  };
}

/** A PostgreSQL for the bench: a fresh database on DATABASE_URL's server, else a throwaway cluster, else none. */
async function benchDatabase(): Promise<{ url: string; note: string; dispose(): Promise<void> } | { skip: string }> {
  const store = loadConfig().store;
  if (store.kind === "postgres") {
    const name = `alubot_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: store.url, connectionTimeoutMillis: 3000 });
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
    } catch (err) {
      await admin.end().catch(() => undefined);
      return { skip: `DATABASE_URL 指向的 PostgreSQL 不可用或无建库权限（${err instanceof Error ? err.message : String(err)}）` };
    }
    await admin.end();
    const u = new URL(store.url);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      note: `DATABASE_URL 所在服务器上的临时库 ${name}（评测后删除）`,
      async dispose() {
        const c = new pg.Client({ connectionString: store.url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
      },
    };
  }
  if (!findPostgresBin()) return { skip: "未设置 DATABASE_URL，且本机未安装 PostgreSQL（/usr/lib/postgresql/*/bin/initdb）" };
  const cluster = await startThrowawayCluster();
  return { url: cluster.url, note: "本机临时 PostgreSQL 集群（默认持久化设置，回环地址，评测后删除）", dispose: () => cluster.stop() };
}

async function runReplicaSection(ctx: BenchContext): Promise<BenchOutcome> {
  const { out, root } = ctx;
  out.write(`\n== 多副本存储吞吐（SQLite 与 PostgreSQL）==\n`);
  out.write(`每种配置回答 ${QUESTIONS} 道开发集问题（离线引擎，完整防护层：审计、会话、限流都写入存储），每个副本一个子进程、并发 ${CONCURRENCY}，副本同时开始。\n`);
  const db = await benchDatabase();
  const runs: Run[] = [{ label: "SQLite（嵌入式，默认）", ...(await runReplicas(root, 1, undefined)) }];
  if ("skip" in db) {
    out.write(`跳过 PostgreSQL 部分：${db.skip}。\n`);
  } else {
    try {
      out.write(`PostgreSQL：${db.note}。\n`);
      runs.push({ label: "PostgreSQL，1 个副本", ...(await runReplicas(root, 1, db.url)) });
      runs.push({ label: "PostgreSQL，2 个副本", ...(await runReplicas(root, 2, db.url)) });
    } finally {
      await db.dispose().catch(() => undefined);
    }
  }
  const rows = runs.map((r) => [r.label, String(r.replicas), `${r.answered}`, `${(r.wallMs / 1000).toFixed(2)} 秒`, `${((r.answered * 1000) / r.wallMs).toFixed(1)} 题/秒`, String(r.errors)]);
  out.write(`${formatTable(["配置", "副本", "已回答", "墙钟", "吞吐量", "错误"], rows)}\n`);
  out.write("说明：共享的 2 核机器上，两个副本争用同一批 CPU，吞吐量不会翻倍；这里量的是共享存储的开销与正确性（错误须为 0），不设吞吐门槛。\n");
  return { failures: runs.filter((r) => r.errors > 0 || r.answered !== Math.floor(QUESTIONS / r.replicas) * r.replicas).map((r) => `${r.label}：错误 ${r.errors}，已回答 ${r.answered}`) };
}

export const replicaBenchSection: BenchSection = { name: "replicas", enabled: () => true, run: runReplicaSection };
