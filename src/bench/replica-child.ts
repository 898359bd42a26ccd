import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import { createBenchApp } from "./create-bench-app.js";
import { loadEvalQuestions } from "./eval-question-schema.js";
import { evalSetPaths } from "./eval-set-paths.js";

/**
 * Child process of the replica section: one replica answering its share of questions through the
 * production engine (guard, audit, conversations and rate limits in the configured store). It warms
 * up, prints "ready", waits for "go" on stdin (so replicas start together), answers, and prints one
 * JSON line. Usage: node dist/bench/replica-child.js <packageRoot> <count> <concurrency> <offset> [databaseUrl]
 */
export interface ReplicaChildResult {
  answered: number;
  errors: number;
  elapsedMs: number;
}

async function main(): Promise<void> {
  const [root, count, concurrency, offset, databaseUrl] = process.argv.slice(2);
  if (!root) throw new Error("replica-child: missing package root");
  const bench = createBenchApp(root, databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  try {
    await bench.app.openStores();
    await bench.app.retriever();
    const engine = bench.app.engine();
    const questions = loadEvalQuestions(evalSetPaths(root).dev).map((q) => q.question);
    const base = Number(offset ?? 0);
    const ask = (i: number) =>
      engine.handle({ text: questions[i % questions.length]!, conversationId: `bench:${base + i}`, userId: `U${(base + i) % 50}`, platform: "slack", channelId: `C${(base + i) % 20}` });
    for (let i = 0; i < 5; i++) await ask(-1 - i); // warm-up, not counted
    process.stdout.write("ready\n");
    await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once("line", () => resolve()));
    let next = 0;
    let answered = 0;
    let errors = 0;
    const total = Number(count ?? 100);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Number(concurrency ?? 10) }, async () => {
        while (next < total) {
          const reply = await ask(next++);
          if (reply.kind === "error") errors++;
          else answered++;
        }
      }),
    );
    const result: ReplicaChildResult = { answered, errors, elapsedMs: performance.now() - started };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await bench.dispose();
  }
}

await main();
