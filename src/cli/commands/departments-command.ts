import { departmentAliases } from "../../lexicon/derived-tables.js";
import { findDutiesOf, listDepartmentNames, matchDepartment } from "../../corpus/find-departments.js";
import { parseClauseRef } from "../../corpus/resolve-clause-ref.js";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { formatTable } from "../display-width.js";
import { resolveOrThrow } from "../resolve-or-throw.js";
import { writeJson, writeLine } from "../write-output.js";

const ROLE_LABEL = { lead: "列首位（牵头）", participant: "参与", implicit: "落实（统一说明）" } as const;

export const departmentsCommand: CliCommand = {
  name: "departments",
  summary: "条款由哪些部门负责，或某部门负责哪些条款（支持简称：发改委、工信厅…）",
  usage: "alubot departments [<条款>|<部门名或简称>] [--json]",
  async run({ app, positionals, json, io }) {
    const clauses = app.corpus().clauses;
    const query = positionals.join(" ").trim();
    const names = listDepartmentNames(clauses);

    if (!query) {
      const rows = names.map((name) => {
        const duties = findDutiesOf(name, clauses);
        return { name, lead: duties.filter((d) => d.role === "lead").length, total: duties.length };
      });
      if (json) writeJson(io.stdout, rows);
      else writeLine(io.stdout, formatTable(["部门", "列首位条款数", "涉及条款数"], rows.map((r) => [r.name, String(r.lead), String(r.total)])));
      return 0;
    }

    if (parseClauseRef(query)) {
      const clause = resolveOrThrow(query, clauses);
      const explicit = clause.departments.filter((d) => !d.implicit);
      if (json) {
        writeJson(io.stdout, {
          docId: clause.docId, clauseId: clause.clauseId, label: clause.label, title: clause.title,
          lead: explicit[0]?.name ?? null, departments: clause.departments,
        });
        return 0;
      }
      writeLine(io.stdout, `${clause.label} ${clause.title}`);
      if (clause.departments.length === 0) writeLine(io.stdout, "本条未列出责任部门。");
      clause.departments.forEach((d, i) => {
        const role = d.implicit ? `（统一落实，见${d.declaredIn ?? "前文"}）` : i === 0 ? "（列首位，通常为牵头部门）" : "";
        writeLine(io.stdout, `  ${i + 1}. ${d.name}${role}`);
      });
      return 0;
    }

    const name = matchDepartment(query, names, departmentAliases());
    if (!name) {
      throw new CliUsageError(`没有找到与“${query}”对应的部门或条款。可用的部门有：${names.join("、")}`);
    }
    const duties = findDutiesOf(name, clauses);
    if (json) {
      writeJson(io.stdout, {
        department: name,
        clauses: duties.map((d) => ({ docId: d.clause.docId, clauseId: d.clause.clauseId, label: d.clause.label, title: d.clause.title, role: d.role })),
      });
      return 0;
    }
    writeLine(io.stdout, `${name}${name !== query ? `（按“${query}”匹配）` : ""}负责 ${duties.length} 条：`);
    writeLine(io.stdout, formatTable(["条款", "标题", "角色"], duties.map((d) => [d.clause.label, d.clause.title, ROLE_LABEL[d.role]])));
    return 0;
  },
};
