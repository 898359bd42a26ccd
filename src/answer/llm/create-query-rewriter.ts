import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage } from "@langchain/core/messages";
import type { Logger } from "../logger.js";
import { describeLlmError } from "./describe-llm-error.js";
import { createDeadlineRunner, describeOutcome, type LlmCallRunner } from "./llm-call-runner.js";
import { asDelimitedData, fillTemplate, type Prompts } from "./load-prompts.js";

/** Rewrites a question into retrieval queries in the document's own words (multi-query); [] = none. */
export interface QueryRewriter {
  rewrite(question: string): Promise<string[]>;
}

const MAX_QUERIES = 3;
const MAX_LENGTH = 100;

export interface QueryRewriterDeps {
  model: BaseChatModel;
  prompts: Pick<Prompts, "rewrite">;
  logger: Logger;
  deadlineMs: number;
  runner?: LlmCallRunner;
}

/**
 * Used only when the whole document does not fit the prompt: a colloquial or English question
 * ("what support is there for recycled aluminium") retrieves poorly, the same question in the
 * document's vocabulary (再生铝 支持政策) retrieves well. A failed rewrite is not a failed answer:
 * the original retrieval still stands.
 */
export function createQueryRewriter(deps: QueryRewriterDeps): QueryRewriter {
  const runner = deps.runner ?? createDeadlineRunner(deps.deadlineMs);
  return {
    async rewrite(question) {
      const prompt = fillTemplate(deps.prompts.rewrite, { question: asDelimitedData(question) });
      const outcome = await runner.run((signal) => deps.model.invoke([new HumanMessage(prompt)], { signal }));
      if (!outcome.ok) {
        const detail = outcome.reason === "failed" ? describeLlmError(outcome.error) : { reason: describeOutcome(outcome) };
        deps.logger.warn({ event: "rewrite-fallback", ...detail }, "检索改写失败，只用原问题检索");
        return [];
      }
      const content = outcome.value.content;
      return parseQueries(typeof content === "string" ? content : "", question);
    },
  };
}

/** One query per line; list markers and quotes dropped, duplicates and the question itself skipped. */
export function parseQueries(text: string, question: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const q = line.replace(/^\s*(?:[-*•·]|\d+[.、)）])\s*/, "").replace(/^["“「]|["”」]$/g, "").trim();
    if (q.length < 2 || q.length > MAX_LENGTH || q === question.trim() || out.includes(q)) continue;
    out.push(q);
    if (out.length === MAX_QUERIES) break;
  }
  return out;
}
