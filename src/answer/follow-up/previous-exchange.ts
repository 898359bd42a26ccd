import type { ConversationTurn } from "../../store/conversation-store.js";

/** One question of the conversation and the reply it got. */
export interface Exchange {
  user: ConversationTurn;
  assistant: ConversationTurn | undefined;
}

/**
 * The last exchange that was answered from the document (its reply cited clauses). A refused question
 * ("扣除比例多少" → 文件未涉及) is no subject to lean on: "还有别的研发支持吗" continues the question
 * before it. Falls back to the last question when none was answered.
 */
export function lastAnsweredExchange(history: readonly ConversationTurn[]): Exchange | undefined {
  let fallback: Exchange | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role !== "user") continue;
    const next = history[i + 1];
    const assistant = next?.role === "assistant" ? next : undefined;
    const exchange = { user: turn, assistant };
    fallback ??= exchange;
    if ((assistant?.clauseIds.length ?? turn.clauseIds.length) > 0) return exchange;
  }
  return fallback;
}
