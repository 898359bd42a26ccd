import { ChatOpenAI } from "@langchain/openai";
import type { LlmConfig } from "../../config/app-config.js";

/**
 * The chat model of answers, rewrites, the agent and `index --expand`. Never streaming: streaming +
 * invoke counts tokens with tables downloaded at run time. maxRetries 0: the app's LLM guard retries
 * (bounded, with backoff, seen by the circuit breaker).
 */
export function createChatModel(llm: LlmConfig): ChatOpenAI {
  return new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    maxRetries: 0,
    timeout: llm.timeoutMs,
    temperature: 0,
    configuration: { baseURL: llm.baseURL },
  });
}
