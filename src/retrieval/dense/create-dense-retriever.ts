import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ComponentRetriever } from "../ranked-list.js";
import type { DenseIndex } from "./hnsw-index.js";

/** Nearest clauses to the question's embedding; score = cosine similarity. */
export function createDenseRetriever(embeddings: EmbeddingsInterface, index: DenseIndex): ComponentRetriever {
  return {
    name: "dense",
    async rank(query, limit, hints) {
      const v = await embeddings.embedQuery(hints?.expansions?.length ? `${query} ${hints.expansions.join(" ")}` : query);
      return index.search(v, limit).map((h) => ({ index: h.index, score: 1 - h.distance }));
    },
  };
}
