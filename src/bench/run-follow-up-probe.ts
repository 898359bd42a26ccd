/**
 * Scores the follow-up probe (conversations written from the policy text, never tuned on)
 * with the same harness as the blind conversations, so over-fitting to used sets shows up.
 * Usage: node dist/bench/run-follow-up-probe.js [path]
 */
import { join } from "node:path";
import { runBlindConversations } from "./blind-bench.js";
import { BlindConversationSchema, loadJsonl } from "./blind-set-schema.js";
import { createBenchApp } from "./create-bench-app.js";

const root = process.cwd();
const path = process.argv[2] ?? join(root, "test", "fixtures", "eval", "follow-up-probe.jsonl");
const bench = createBenchApp(root);
try {
  const engine = bench.app.engine();
  const failures: string[] = [];
  const f = await runBlindConversations(engine, loadJsonl(path, BlindConversationSchema), (m) => failures.push(m));
  for (const m of failures) console.log(m);
  console.log(`follow-ups ${(f.followUpAccuracy * 100).toFixed(1)}% of ${f.followUps}; all turns ${(f.allTurnAccuracy * 100).toFixed(1)}% of ${f.turns}`);
} finally {
  bench.dispose();
}
