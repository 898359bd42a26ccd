import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage } from "@langchain/core/messages";
import type { ConversationTurn } from "../../store/conversation-store.js";
import type { Logger } from "../logger.js";
import { describeLlmError } from "./describe-llm-error.js";
import { createDeadlineRunner, describeOutcome, type LlmCallRunner } from "./llm-call-runner.js";
import { asDelimitedData, fillTemplate, type Prompts } from "./load-prompts.js";
import { withDeadline } from "./with-deadline.js";

/** Rewrites a follow-up into a standalone question; null = use the offline rewrite. */
export interface QuestionCondenser {
  condense(question: string, history: readonly ConversationTurn[]): Promise<string | null>;
}

const MAX_TURNS = 6;
const MAX_LENGTH = 200;

export interface LlmCondenserDeps {
  model: BaseChatModel;
  prompts: Prompts;
  logger: Logger;
  /** Deadline of the rewrite alone: it precedes the answer, so it gets less than the whole request. */
  deadlineMs: number;
  /** The app's LLM guard; default: the bare deadline. */
  runner?: LlmCallRunner;
}

export function createLlmCondenser(deps: LlmCondenserDeps): QuestionCondenser {
  const runner = deps.runner ?? createDeadlineRunner(deps.deadlineMs);
  return {
    async condense(question, history) {
      const lines = history.slice(-MAX_TURNS).map((t) => `${t.role === "user" ? "用户" : "助手"}：${t.text.slice(0, 300)}`);
      const prompt = fillTemplate(deps.prompts.condense, { history: asDelimitedData(lines.join("\n")), question: asDelimitedData(question) });
      // Inside the guard the rewrite keeps its own shorter deadline as well.
      const outcome = await runner.run((signal) =>
        withDeadline(deps.deadlineMs, (own) => deps.model.invoke([new HumanMessage(prompt)], { signal: AbortSignal.any([signal, own]) })),
      );
      if (!outcome.ok) {
        const detail = outcome.reason === "failed" ? describeLlmError(outcome.error) : { reason: describeOutcome(outcome) };
        // The reason only: the error message may quote the model's output (debug only, like question text).
        deps.logger.warn({ event: "condense-fallback", reason: detail.reason }, "追问改写失败，改用离线改写");
        deps.logger.debug?.({ event: "condense-fallback-detail", ...detail }, "condense fallback detail");
        return null;
      }
      const msg = outcome.value;
      const text = (typeof msg.content === "string" ? msg.content : "").trim().split("\n")[0]?.trim() ?? "";
      return text && text.length <= MAX_LENGTH ? text : null;
    },
  };
}
