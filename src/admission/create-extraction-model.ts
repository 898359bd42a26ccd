import { ChatOpenAI } from "@langchain/openai";
import type { LlmConfig } from "../config/app-config.js";

/** The chat model used for profile extraction; temperature 0 because extraction is not creative. */
export function createExtractionModel(llm: LlmConfig): ChatOpenAI {
  return new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    temperature: 0,
    maxRetries: llm.maxRetries,
    timeout: llm.timeoutMs,
    configuration: { baseURL: llm.baseURL },
  });
}
