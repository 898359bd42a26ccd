import { join } from "node:path";

/** Where the bench's question and project sets live under the package root. */
export function evalSetPaths(root: string) {
  const eval_ = join(root, "test", "fixtures", "eval");
  return {
    /** Written alongside the code and used for tuning. */
    dev: join(eval_, "questions.jsonl"),
    /** Written independently; tuned on since (development data now, see README). */
    heldout: join(eval_, "heldout.jsonl"),
    heldoutProjects: join(eval_, "heldout-projects.jsonl"),
    /** Folder holding admission-probe-*.jsonl: project descriptions written from the policy text only. */
    evalDir: eval_,
    scenarios: join(root, "test", "fixtures", "scenarios"),
  };
}
