import { describeDepartments } from "../../corpus/describe-departments.js";
import { describeTarget } from "../../corpus/describe-target.js";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { resolveOrThrow } from "../resolve-or-throw.js";
import { writeJson, writeLine } from "../write-output.js";

export const clauseCommand: CliCommand = {
  name: "clause",
  summary: "显示一个条款的全文、责任部门（列首位者为牵头）和量化目标",
  usage: "alubot clause <条款> [--json]   例：alubot clause 三（四） / 3.4 / 第三部分第四条",
  async run({ app, positionals, json, io }) {
    const ref = positionals.join(" ").trim();
    if (!ref) throw new CliUsageError("请给出条款编号，例如：alubot clause 三（四）");
    const clause = resolveOrThrow(ref, app.corpus().clauses);
    if (json) {
      writeJson(io.stdout, clause);
      return 0;
    }
    const heading = clause.clauseId.includes(".") ? `${clause.label} ${clause.title}` : `${clause.label}  ${clause.title}`;
    writeLine(io.stdout, heading);
    if (clause.partTitle && clause.clauseId.includes(".")) writeLine(io.stdout, `所属部分：${clause.partTitle}`);
    writeLine(io.stdout);
    writeLine(io.stdout, clause.text);
    if (clause.departments.length) {
      writeLine(io.stdout);
      writeLine(io.stdout, `责任部门：${describeDepartments(clause.departments)}`);
    }
    if (clause.targets.length) {
      writeLine(io.stdout);
      writeLine(io.stdout, "量化目标：");
      for (const t of clause.targets) writeLine(io.stdout, `  · ${t.year}年：${describeTarget(t)}`);
    }
    return 0;
  },
};
