import { join } from "node:path";
import { runBlindQuestions } from "./blind-bench.js";
import { BlindQuestionSchema, loadJsonl } from "./blind-set-schema.js";
import { createBenchApp } from "./create-bench-app.js";

/**
 * Scores test/fixtures/eval/english-probe.jsonl (English questions written from the policy text, not
 * from any eval set) the way blind questions are scored, listing misses: a check that English
 * handling generalises. Development data, not an acceptance target.
 * Usage: node dist/bench/english-probe.js [file under test/fixtures/eval/, default english-probe.jsonl]
 * (english-probe-2.jsonl is a second set, written before the English normaliser it measures;
 * english-probe-3.jsonl a third, 72 in scope and 6 out, written from the policy text on branch en9 before its
 * English frames and lexicon forms: in-scope 81.9% with 5.6% false refusals at 2c517c5, 98.6% with none after).
 */
const root = process.cwd();
const bench = createBenchApp(root);
try {
  const { app } = bench;
  const items = loadJsonl(join(root, "test", "fixtures", "eval", process.argv[2] ?? "english-probe.jsonl"), BlindQuestionSchema);
  const misses: string[] = [];
  const f = await runBlindQuestions(app.engine(), await app.retriever(), items, (l) => misses.push(l));
  for (const m of misses) console.log(m);
  console.log(`in-scope accuracy ${(f.answerAccuracy * 100).toFixed(1)}% (${f.inScope}), false refusals ${(f.falseRefusalRate * 100).toFixed(1)}%, oos refused ${(f.oosRefused * 100).toFixed(1)}%, hit@1 ${(f.hit1 * 100).toFixed(1)}%`);
} finally {
  bench.dispose();
}
