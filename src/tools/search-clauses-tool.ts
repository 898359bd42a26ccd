import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { Retriever } from "../retrieval/retriever.js";

export const SearchClausesInputSchema = z.object({
  query: z.string().trim().min(1).max(500).describe("用户问题或关键词（中文）"),
  k: z.number().int().min(1).max(10).optional().describe("返回条款数，默认 5"),
});

/** search_clauses: retrieval over the clause corpus through the injected Retriever. */
export function createSearchClausesTool(retriever: Retriever) {
  return tool(
    async ({ query, k }) => {
      try {
        const result = await retriever.retrieve(query, { k: k ?? 5 });
        return JSON.stringify({
          query: result.query,
          outOfScope: result.outOfScope,
          confidence: result.confidence,
          hits: result.hits.map((h) => ({
            docId: h.clause.docId, clauseId: h.clause.clauseId, label: h.clause.label, title: h.clause.title,
            score: h.score, text: h.clause.text,
          })),
        });
      } catch (err) {
        return JSON.stringify({ error: `检索失败：${err instanceof Error ? err.message : String(err)}` });
      }
    },
    {
      name: "search_clauses",
      description: "在《关于推进铝产业高质量发展的指导意见》中检索与问题最相关的条款，返回条款编号、标签（如三（四））、标题和原文。",
      schema: SearchClausesInputSchema,
    },
  );
}
