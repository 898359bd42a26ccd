import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { Clause } from "../corpus/clause-schema.js";

export const ListTargetsInputSchema = z.object({
  year: z.number().int().min(2000).max(2100).optional().describe("只列出该年份的目标，如 2027"),
});

/** list_targets: every quantitative target in the document, with its clause. */
export function createListTargetsTool(clauses: readonly Clause[]) {
  return tool(
    async ({ year }) => {
      const targets = clauses.flatMap((c) =>
        c.targets.filter((t) => year === undefined || t.year === year).map((t) => ({ clauseId: c.clauseId, label: c.label, ...t })),
      );
      return JSON.stringify({ year: year ?? null, targets });
    },
    {
      name: "list_targets",
      description: "列出文件中的量化目标（年份、指标、目标值、出处条款），可按年份筛选。",
      schema: ListTargetsInputSchema,
    },
  );
}
