import { resolve } from "node:path";
import type { App } from "../../app/create-app.js";
import { loadCorpus } from "../../corpus/load-corpus.js";
import { packageRoot } from "../../package-root.js";
import type { ExpandedDocument } from "../../answer/llm/expand/expand-corpus.js";
import type { CliIo } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { writeLine } from "../write-output.js";

/**
 * `index --expand`: drafts clause expansions with the configured model before the index is rebuilt.
 * Returns the drafted documents, or an exit code when it stopped (2: a reviewed file needs --force;
 * 1: the model gave nothing usable). No model configured is a usage error (exit 2).
 */
export async function runExpand(app: App, force: boolean, json: boolean, io: CliIo): Promise<ExpandedDocument[] | number> {
  const llm = app.config.llm;
  if (!llm) {
    throw new CliUsageError("--expand 需要大模型：请设置 OPENAI_API_KEY（以及 OPENAI_BASE_URL、OPENAI_MODEL），再运行 alubot index --expand。不加 --expand 时索引照常离线建立。");
  }
  const [{ createExpansionDrafter }, { expandCorpus }, { loadPrompts }, model] = await Promise.all([
    import("../../answer/llm/expand/draft-clause-expansion.js"),
    import("../../answer/llm/expand/expand-corpus.js"),
    import("../../answer/llm/load-prompts.js"),
    app.chatModel(),
  ]);
  const draft = createExpansionDrafter({ model, structuredMethod: llm.structuredMethod, prompts: loadPrompts(resolve(packageRoot(), "prompts")), runner: app.llmGuard() });
  const outcome = await expandCorpus({
    // Parsed without the expansions: the file being replaced may be the one that no longer parses.
    documents: loadCorpus(app.config.corpusDir, { expansions: false }).documents,
    corpusDir: app.config.corpusDir,
    draft,
    force,
    onProgress: (done, total) => {
      if (!json) io.stderr.write(`\r正在用大模型起草条款扩展：${done}/${total} 条款`);
    },
  });
  if (!json) io.stderr.write("\n");
  if (!outcome.ok) {
    writeLine(io.stderr, `错误：${outcome.message}`);
    return outcome.kind === "refused" ? 2 : 1;
  }
  for (const d of outcome.documents) {
    const failed = d.failed.length ? `，${d.failed.length} 条未成功（${d.failed.map((f) => f.clauseId).join("、")}）` : "";
    if (!json) writeLine(io.stdout, `条款扩展草稿已写入：${d.path}（${d.clauses} 条款${failed}，source: llm，待人工审核）`);
  }
  return outcome.documents;
}
