import { formatTargetValue } from "../../corpus/describe-target.js";
import type { CliCommand } from "../cli-command.js";
import { formatTable } from "../display-width.js";
import { writeJson, writeLine } from "../write-output.js";

export const targetsCommand: CliCommand = {
  name: "targets",
  summary: "按年份列出文件中的全部量化目标",
  usage: "alubot targets [--json]",
  async run({ app, json, io }) {
    const rows = app.corpus().clauses.flatMap((c) => c.targets.map((t) => ({ clause: c, target: t })));
    if (json) {
      writeJson(io.stdout, rows.map(({ clause, target }) => ({
        docId: clause.docId, clauseId: clause.clauseId, label: clause.label, ...target,
      })));
      return 0;
    }
    if (rows.length === 0) {
      writeLine(io.stdout, "文件中没有找到量化目标。");
      return 0;
    }
    const years = [...new Set(rows.map((r) => r.target.year))].sort((a, b) => a - b);
    for (const year of years) {
      writeLine(io.stdout, `到${year}年：`);
      const table = rows
        .filter((r) => r.target.year === year)
        .map(({ clause, target }) => [target.metric, formatTargetValue(target), clause.label]);
      writeLine(io.stdout, formatTable(["指标", "目标值", "出处"], table));
      writeLine(io.stdout);
    }
    return 0;
  },
};
