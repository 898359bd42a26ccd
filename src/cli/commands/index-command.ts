import type { CliCommand } from "../cli-command.js";
import { writeJson, writeLine } from "../write-output.js";

export const indexCommand: CliCommand = {
  name: "index",
  needsDataDir: true,
  summary: "重建检索索引（向量索引缓存于数据目录，语料或向量模型变化时也会自动重建）",
  usage: "alubot index [--json]",
  async run({ app, json, io }) {
    const started = performance.now();
    const progress = (done: number, total: number): void => {
      if (!json) io.stderr.write(`\r正在建立索引：${done}/${total} 条款`);
    };
    const report = await app.rebuildIndex(progress);
    const ms = Math.round(performance.now() - started);
    if (json) {
      writeJson(io.stdout, { ...report, ms });
      return 0;
    }
    io.stderr.write("\n");
    writeLine(io.stdout, `索引已建立：${report.clauses} 条款，向量模型 ${report.embedderId}，用时 ${ms} 毫秒`);
    writeLine(io.stdout, `位置：${report.dir}`);
    return 0;
  },
};
