import type { AdmissionKnowledge } from "./admission-knowledge.js";
import { extractProfile } from "./extract-profile.js";
import type { ProjectProfile } from "./profile-schema.js";

/** Turns a plain-Chinese project description into a profile. */
export interface ProfileExtractor {
  extract(text: string): Promise<ProjectProfile>;
}

/** The deterministic extractor behind the async interface the LLM extractor shares. */
export function createOfflineProfileExtractor(k: AdmissionKnowledge): ProfileExtractor {
  return { extract: async (text) => extractProfile(text, k) };
}
