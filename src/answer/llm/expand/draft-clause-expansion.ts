import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { Clause } from "../../../corpus/clause-schema.js";
import { ClauseExpansionSchema, type ClauseExpansion } from "../../../corpus/expansion-schema.js";
import { describeLlmError } from "../describe-llm-error.js";
import { formatClause } from "../format-clause-context.js";
import type { LlmCallRunner } from "../llm-call-runner.js";
import { describeOutcome } from "../llm-call-runner.js";
import { asDelimitedData, fillTemplate, type Prompts } from "../load-prompts.js";

/** What the model is asked for; items are checked one by one against ClauseExpansionSchema afterwards. */
export const ExpansionDraftSchema = z.object({
  questions: z.array(z.string()).describe("用户会问的口语化问题（中文和英文），每个都能由该条款回答"),
  keywords: z.array(z.string()).describe("简短检索词：口语说法、同义词、英文术语、常见错别字"),
});

const MAX_QUESTIONS = 12;
const MAX_KEYWORDS = 20;
const QuestionItem = ClauseExpansionSchema.shape.questions.unwrap().element;
const KeywordItem = ClauseExpansionSchema.shape.keywords.unwrap().element;

export interface ExpansionDrafterDeps {
  model: BaseChatModel;
  structuredMethod: "jsonSchema" | "functionCalling" | "jsonMode";
  prompts: Pick<Prompts, "expand">;
  /** The app's LLM guard. */
  runner: LlmCallRunner;
}

export type DraftOutcome = { ok: true; expansion: ClauseExpansion } | { ok: false; reason: string };

/**
 * Asks the model, for one clause, how enterprise staff, officials and investment promoters would ask
 * about it (colloquial Chinese and English questions, keywords). Invalid items (too short, too long,
 * not text) are dropped one by one rather than failing the clause; duplicates are removed.
 */
export function createExpansionDrafter(deps: ExpansionDrafterDeps): (clause: Clause) => Promise<DraftOutcome> {
  const structured = deps.model.withStructuredOutput(ExpansionDraftSchema, { method: deps.structuredMethod, name: "clause_expansion", includeRaw: true });
  return async (clause) => {
    const prompt = fillTemplate(deps.prompts.expand, { clause: asDelimitedData(formatClause(clause)) });
    const outcome = await deps.runner.run((signal) => structured.invoke([new HumanMessage(prompt)], { signal }));
    if (!outcome.ok) return { ok: false, reason: outcome.reason === "failed" ? describeLlmError(outcome.error).reason : describeOutcome(outcome) };
    const parsed = ExpansionDraftSchema.safeParse(outcome.value.parsed);
    if (!parsed.success) return { ok: false, reason: "malformed-output" };
    const questions = keepValid(parsed.data.questions, QuestionItem, MAX_QUESTIONS);
    const keywords = keepValid(parsed.data.keywords, KeywordItem, MAX_KEYWORDS);
    if (questions.length === 0 && keywords.length === 0) return { ok: false, reason: "empty" };
    return { ok: true, expansion: ClauseExpansionSchema.parse({ questions, keywords }) };
  };
}

function keepValid(items: readonly string[], schema: z.ZodType<string>, max: number): string[] {
  const out: string[] = [];
  for (const item of items) {
    const r = schema.safeParse(item);
    if (r.success && !out.includes(r.data)) out.push(r.data);
    if (out.length === max) break;
  }
  return out;
}
