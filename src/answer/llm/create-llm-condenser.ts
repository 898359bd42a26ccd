import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage } from "@langchain/core/messages";
import type { ConversationTurn } from "../../store/conversation-store.js";
import type { Logger } from "../logger.js";
import { describeLlmError } from "./describe-llm-error.js";
import { asDelimitedData, fillTemplate, type Prompts } from "./load-prompts.js";
import { withDeadline } from "./with-deadline.js";

/** Rewrites a follow-up into a standalone question; null = use the offline rewrite. */
export interface QuestionCondenser {
  condense(question: string, history: readonly ConversationTurn[]): Promise<string | null>;
}

const MAX_TURNS = 6;
const MAX_LENGTH = 200;

export function createLlmCondenser(deps: { model: BaseChatModel; prompts: Prompts; logger: Logger; deadlineMs: number }): QuestionCondenser {
  return {
    async condense(question, history) {
      const lines = history.slice(-MAX_TURNS).map((t) => `${t.role === "user" ? "用户" : "助手"}：${t.text.slice(0, 300)}`);
      const prompt = fillTemplate(deps.prompts.condense, { history: asDelimitedData(lines.join("\n")), question: asDelimitedData(question) });
      try {
        const msg = await withDeadline(deps.deadlineMs, (signal) => deps.model.invoke([new HumanMessage(prompt)], { signal }));
        const text = (typeof msg.content === "string" ? msg.content : "").trim().split("\n")[0]?.trim() ?? "";
        return text && text.length <= MAX_LENGTH ? text : null;
      } catch (err) {
        deps.logger.warn({ event: "condense-fallback", ...describeLlmError(err) }, "追问改写失败，改用离线改写");
        return null;
      }
    },
  };
}
