import { createBenchApp } from "./create-bench-app.js";
import { loadEvalQuestions } from "./eval-question-schema.js";
import { evalSetPaths } from "./eval-set-paths.js";
import { runLoadBench } from "./load-bench.js";

/**
 * Child process of the load section: runs the engine load + soak in a fresh node whose V8 flags the
 * parent chooses (and the allocator environment of `npm start`, or none), and prints the LoadBenchResult as one JSON line.
 * A separate process, so the RSS readings describe this run alone, not the parent's earlier sections.
 * Usage: node [flags] dist/bench/soak-child.js <packageRoot> <total> <concurrency> <soakTotal>
 */
async function main(): Promise<void> {
  const [root, total, concurrency, soakTotal] = process.argv.slice(2);
  if (!root) throw new Error("soak-child: missing package root");
  const bench = createBenchApp(root);
  try {
    await bench.app.retriever();
    const questions = loadEvalQuestions(evalSetPaths(root).dev).map((q) => q.question);
    const gc = (globalThis as { gc?: () => void }).gc;
    const result = await runLoadBench({
      engine: bench.app.engine(),
      questions,
      total: Number(total ?? 2000),
      concurrency: Number(concurrency ?? 50),
      soakTotal: Number(soakTotal ?? 20000),
      memoryCheckpoints: [5000, 10_000, 15_000],
      ...(gc ? { gc } : {}),
    });
    process.stdout.write(`${JSON.stringify({ ...result, gcExposed: gc !== undefined })}\n`);
  } finally {
    await bench.dispose();
  }
}

await main();
