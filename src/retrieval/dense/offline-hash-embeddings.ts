import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { foldText } from "../../text/fold-text.js";
import type { Analyzer } from "../analysis/create-analyzer.js";

export interface OfflineHashEmbeddingsOptions {
  analyzer: Analyzer;
  dimensions?: number;
  /** Feature weight, e.g. the corpus IDF of a token; defaults to 1. */
  weigh?: (token: string) => number;
}

/** How much a feature contributed only by a synonym counts (same reasoning as the query bag). */
const SYNONYM_WEIGHT = 0.6;

/**
 * A deterministic, download-free embedder: NOT a neural model and it knows no meaning beyond what
 * the analyzer and the synonym table give it. Each text becomes its words, Han bigrams, number
 * tokens and — on both documents and questions — the terms of the synonym groups it mentions;
 * features are IDF-weighted, log-scaled and hashed (signed FNV-1a) into a fixed-size unit vector.
 * Its value next to BM25 is that synonym matching is symmetric and length-normalized (cosine),
 * which ranks differently enough to help in fusion. It implements LangChain's `EmbeddingsInterface`
 * (type-only import), so it plugs into anything that takes LangChain embeddings without loading
 * @langchain/core at start-up.
 */
export class OfflineHashEmbeddings implements EmbeddingsInterface {
  readonly dimensions: number;
  readonly id: string;
  private readonly analyzer: Analyzer;
  private readonly weigh: (token: string) => number;

  constructor(options: OfflineHashEmbeddingsOptions) {
    this.analyzer = options.analyzer;
    this.dimensions = options.dimensions ?? 512;
    this.weigh = options.weigh ?? (() => 1);
    this.id = `offline-hash-v1-d${this.dimensions}`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedSync(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document);
  }

  embedSync(text: string): number[] {
    const counts = new Map<string, number>();
    for (const t of this.analyzer.tokens(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const term of this.analyzer.synonyms.expand(foldText(text))) {
      for (const t of this.analyzer.termTokens(term)) if (!counts.has(t)) counts.set(t, SYNONYM_WEIGHT);
    }
    const v = new Array<number>(this.dimensions).fill(0);
    for (const [t, c] of counts) {
      const h = fnv1a(t);
      const sign = h & 0x80000000 ? -1 : 1;
      v[h % this.dimensions]! += sign * (1 + Math.log(Math.max(1, c))) * Math.min(c, 1) * this.weigh(t);
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
