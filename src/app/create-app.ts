import { buildAdmissionKnowledge, type AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { createExtractionModel } from "../admission/create-extraction-model.js";
import { createLlmProfileExtractor } from "../admission/create-llm-profile-extractor.js";
import { createOfflineProfileExtractor, type ProfileExtractor } from "../admission/profile-extractor.js";
import type { AppConfig } from "../config/app-config.js";
import { loadCorpus, type Corpus } from "../corpus/load-corpus.js";

/**
 * The composition root: the only place that builds long-lived services from configuration.
 * Everything is created lazily, so `alubot clause 3.4` never pays for what `alubot chat` needs.
 */
export interface App {
  config: AppConfig;
  corpus(): Corpus;
  /** Zones, clusters and clauses the admission rules read, derived from the corpus. */
  admissionKnowledge(): AdmissionKnowledge;
  /** LLM extraction with offline fallback when an LLM is configured, else the offline extractor. */
  profileExtractor(): ProfileExtractor;
}

export function createApp(config: AppConfig): App {
  let corpus: Corpus | undefined;
  let knowledge: AdmissionKnowledge | undefined;
  let extractor: ProfileExtractor | undefined;
  const app: App = {
    config,
    corpus: () => (corpus ??= loadCorpus(config.corpusDir)),
    admissionKnowledge: () => (knowledge ??= buildAdmissionKnowledge(app.corpus())),
    profileExtractor: () => {
      if (extractor) return extractor;
      const k = app.admissionKnowledge();
      extractor = config.llm
        ? createLlmProfileExtractor({ model: createExtractionModel(config.llm), method: config.llm.structuredMethod, knowledge: k })
        : createOfflineProfileExtractor(k);
      return extractor;
    },
  };
  return app;
}
