import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { Clause } from "../corpus/clause-schema.js";
import { resolveClauseRef } from "../corpus/resolve-clause-ref.js";

export const GetClauseInputSchema = z.object({
  ref: z.string().trim().min(1).max(40).describe("条款编号，如 3.4、三（四）、第三部分第四条"),
});

/** get_clause: the full text, departments and targets of one clause. */
export function createGetClauseTool(clauses: readonly Clause[]) {
  return tool(
    async ({ ref }) => {
      const r = resolveClauseRef(ref, clauses);
      if (!r.ok) {
        return JSON.stringify({ error: r.message, suggestions: r.suggestions.map((c) => ({ clauseId: c.clauseId, label: c.label, title: c.title })) });
      }
      return JSON.stringify(r.clause);
    },
    {
      name: "get_clause",
      description: "按编号取一个条款的全文、责任部门（列首位者通常牵头）和量化目标。",
      schema: GetClauseInputSchema,
    },
  );
}
