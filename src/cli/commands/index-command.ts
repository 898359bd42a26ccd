import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { writeJson, writeLine } from "../write-output.js";
import { runExpand } from "./index-expand.js";

export const indexCommand: CliCommand = {
  name: "index",
  needsDataDir: true,
  summary: "重建检索索引（向量索引缓存于数据目录，语料或向量模型变化时也会自动重建）；--expand 先用大模型起草条款扩展问法",
  usage: "alubot index [--expand [--force]] [--json]",
  options: { expand: { type: "boolean" }, force: { type: "boolean" } },
  async run({ app, json, io, options }) {
    if (options.force === true && options.expand !== true) throw new CliUsageError("--force 只能与 --expand 一起使用。\n用法：alubot index [--expand [--force]] [--json]");
    const expanded = options.expand === true ? await runExpand(app, options.force === true, json, io) : null;
    if (typeof expanded === "number") return expanded;
    const started = performance.now();
    const progress = (done: number, total: number): void => {
      if (!json) io.stderr.write(`\r正在建立索引：${done}/${total} 条款`);
    };
    const report = await app.rebuildIndex(progress);
    const ms = Math.round(performance.now() - started);
    if (json) {
      writeJson(io.stdout, { ...report, ms, ...(expanded ? { expansions: expanded } : {}) });
      return 0;
    }
    io.stderr.write("\n");
    writeLine(io.stdout, `索引已建立：${report.clauses} 条款，向量模型 ${report.embedderId}，用时 ${ms} 毫秒`);
    writeLine(io.stdout, `位置：${report.dir}`);
    return 0;
  },
};
