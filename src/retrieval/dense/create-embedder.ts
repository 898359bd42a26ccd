import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { EmbeddingConfig } from "../../config/app-config.js";
import type { Analyzer } from "../analysis/create-analyzer.js";
import { OfflineHashEmbeddings } from "./offline-hash-embeddings.js";

export interface Embedder {
  /** Part of the index cache key: a different model means different vectors. */
  id: string;
  embeddings: EmbeddingsInterface;
}

/**
 * OpenAIEmbeddings against any OpenAI-compatible endpoint when configured; otherwise the offline
 * hashing embedder. The OpenAI client is imported only when used, so offline start-up stays fast.
 */
export async function createEmbedder(
  config: EmbeddingConfig | null,
  offline: { analyzer: Analyzer; weigh?: (token: string) => number },
): Promise<Embedder> {
  if (!config) {
    const e = new OfflineHashEmbeddings(offline);
    return { id: e.id, embeddings: e };
  }
  const { OpenAIEmbeddings } = await import("@langchain/openai");
  const embeddings = new OpenAIEmbeddings({
    apiKey: config.apiKey,
    model: config.model,
    maxRetries: 1,
    timeout: 20_000,
    configuration: config.baseURL ? { baseURL: config.baseURL } : undefined,
  });
  return { id: `openai-${config.model}-${config.baseURL ?? "default"}`, embeddings };
}
