import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { Clause } from "../corpus/clause-schema.js";
import { findDutiesOf, listDepartmentNames, matchDepartment } from "../corpus/find-departments.js";
import { parseClauseRef, resolveClauseRef } from "../corpus/resolve-clause-ref.js";

export const FindDepartmentsInputSchema = z.object({
  query: z.string().trim().min(1).max(60).describe("条款编号（如 三（三））或部门名称/简称（如 发改委、工信厅）"),
});

/** find_departments: who is responsible for a clause, or which clauses a department is responsible for. */
export function createFindDepartmentsTool(clauses: readonly Clause[], aliases: Readonly<Record<string, string>>) {
  return tool(
    async ({ query }) => {
      if (parseClauseRef(query)) {
        const r = resolveClauseRef(query, clauses);
        if (!r.ok) return JSON.stringify({ error: r.message });
        const explicit = r.clause.departments.filter((d) => !d.implicit);
        return JSON.stringify({
          clauseId: r.clause.clauseId, label: r.clause.label, title: r.clause.title,
          lead: explicit[0]?.name ?? null,
          departments: r.clause.departments.map((d, i) => ({ name: d.name, role: d.implicit ? "implicit" : i === 0 ? "lead" : "participant" })),
        });
      }
      const names = listDepartmentNames(clauses);
      const name = matchDepartment(query, names, aliases);
      if (!name) return JSON.stringify({ error: `没有找到与“${query}”对应的部门或条款。`, departments: names });
      return JSON.stringify({
        department: name,
        clauses: findDutiesOf(name, clauses).map((d) => ({ clauseId: d.clause.clauseId, label: d.clause.label, title: d.clause.title, role: d.role })),
      });
    },
    {
      name: "find_departments",
      description: "查询某条款的责任部门（列首位者通常为牵头部门，各市县人民政府为统一说明的隐含落实主体），或某部门负责的条款。",
      schema: FindDepartmentsInputSchema,
    },
  );
}
