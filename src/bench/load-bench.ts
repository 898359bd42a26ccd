import type { Engine, EngineInput } from "../engine/engine.js";
import { ReplySchema } from "../reply/reply-schema.js";
import { percentile } from "./percentile.js";

export interface LoadBenchOptions {
  engine: Engine;
  /** Asked round-robin. */
  questions: readonly string[];
  /** Measured phase (the issue: 2,000). Throughput and percentiles describe these. */
  total: number;
  /** Questions in flight at once (the issue: 50). */
  concurrency: number;
  /** Questions asked in all, measured phase included, before the second RSS reading (the issue: 20,000); 0 = no soak. */
  soakTotal?: number;
  /** Extra memory readings during the soak (question counts between total and soakTotal): a leak climbs, a cache levels off. */
  memoryCheckpoints?: readonly number[];
  /** A reply not delivered within this is counted as lost. */
  requestTimeoutMs?: number;
  platform?: EngineInput["platform"];
  /** Distinct conversations and users cycled through, so history and per-user state are exercised. */
  conversations?: number;
  users?: number;
  now?: () => number;
  /** global.gc when node runs with --expose-gc: RSS readings are then comparable. */
  gc?: () => void;
}

export interface LoadBenchResult {
  total: number;
  completed: number;
  /** Replies per second in the measured phase. */
  throughput: number;
  /** Milliseconds, measured phase. */
  p50: number;
  p95: number;
  p99: number;
  /** Engine threw, replied with kind "error", or replied with something that is not a valid Reply (all phases). */
  errors: number;
  /** No reply within requestTimeoutMs (all phases). */
  lost: number;
  /** Bytes after the measured phase and after the soak; rssGrowth = after20k / after2k − 1. */
  rssAfter2k: number;
  rssAfter20k: number | null;
  rssGrowth: number | null;
  /** V8 used heap at the same two readings: flat heap + growing RSS points at V8 sizing, not retention. */
  heapAfter2k?: number;
  heapAfter20k?: number | null;
  /** Every reading, in order: after the measured phase, at each checkpoint, after the soak. */
  memorySeries?: MemoryReading[];
}

export interface MemoryReading {
  /** Questions asked so far. */
  questions: number;
  rss: number;
  heapUsed: number;
}

type Outcome = "ok" | "error" | "lost";


/**
 * Drives an Engine the way adapters do, `concurrency` requests at a time, and checks every reply.
 * It measures; it does not judge — the caller decides what figures are acceptable.
 */
export async function runLoadBench(options: LoadBenchOptions): Promise<LoadBenchResult> {
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const conversations = options.conversations ?? 200;
  const users = options.users ?? 100;
  if (options.questions.length === 0) throw new Error("runLoadBench needs at least one question");
  let errors = 0;
  let lost = 0;

  const ask = async (i: number): Promise<{ outcome: Outcome; ms: number }> => {
    const input: EngineInput = {
      text: options.questions[i % options.questions.length]!,
      conversationId: `bench-${i % conversations}`,
      userId: `bench-user-${i % users}`,
      platform: options.platform ?? "cli",
      channelId: "bench",
    };
    const started = now();
    let cancel = () => {};
    const timeout = new Promise<"lost">((resolve) => {
      const t = setTimeout(() => resolve("lost"), timeoutMs);
      cancel = () => clearTimeout(t);
    });
    try {
      const reply = await Promise.race([options.engine.handle(input), timeout]);
      if (reply === "lost") return { outcome: "lost", ms: now() - started };
      const valid = ReplySchema.safeParse(reply);
      return { outcome: valid.success && valid.data.kind !== "error" ? "ok" : "error", ms: now() - started };
    } catch {
      return { outcome: "error", ms: now() - started };
    } finally {
      cancel();
    }
  };

  const runPhase = async (from: number, to: number, latencies: number[] | null) => {
    let next = from;
    const worker = async () => {
      while (next < to) {
        const { outcome, ms } = await ask(next++);
        if (outcome === "error") errors++;
        else if (outcome === "lost") lost++;
        else latencies?.push(ms);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, to - from)) }, worker));
  };

  const readMemory = () => {
    options.gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heap: m.heapUsed };
  };

  const latencies: number[] = [];
  const started = now();
  await runPhase(0, options.total, latencies);
  const elapsedS = Math.max(1e-9, (now() - started) / 1000);
  const after2k = readMemory();
  const rssAfter2k = after2k.rss;
  const series: MemoryReading[] = [{ questions: options.total, rss: after2k.rss, heapUsed: after2k.heap }];
  const soakTotal = options.soakTotal ?? 0;
  let after20k: { rss: number; heap: number } | null = null;
  if (soakTotal > options.total) {
    const stops = [...new Set([...(options.memoryCheckpoints ?? []).filter((c) => c > options.total && c < soakTotal), soakTotal])].sort((a, b) => a - b);
    let from = options.total;
    for (const stop of stops) {
      await runPhase(from, stop, null);
      from = stop;
      after20k = readMemory();
      series.push({ questions: stop, rss: after20k.rss, heapUsed: after20k.heap });
    }
  }
  const rssAfter20k = after20k?.rss ?? null;
  latencies.sort((a, b) => a - b);
  return {
    total: options.total,
    completed: latencies.length,
    throughput: latencies.length / elapsedS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    lost,
    rssAfter2k,
    rssAfter20k,
    rssGrowth: rssAfter20k === null ? null : rssAfter20k / rssAfter2k - 1,
    heapAfter2k: after2k.heap,
    heapAfter20k: after20k?.heap ?? null,
    memorySeries: series,
  };
}
