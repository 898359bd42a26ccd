import type { AppConfig } from "../config/app-config.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, so `alubot clause 3.4` never pays for what `alubot chat` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
}

export function createApp(config: AppConfig): App {
  let corpus: Corpus | undefined;
  return {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
  };
}
