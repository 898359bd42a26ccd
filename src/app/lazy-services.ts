import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import type { LlmConfig } from "../config/app-config.js";
import type { LlmGuard } from "../limits/create-llm-guard.js";
import type { ChatTransportDeps } from "./create-transport-starters.js";
import type { TransportStarters } from "./start-transports.js";

/**
 * Part of the composition root. Slack, Discord and the LLM client cost about a second each to import;
 * loading them on first use keeps `alubot ask`/`clause` cold starts fast.
 */
export function createLazyTransportStarters(deps: ChatTransportDeps): TransportStarters {
  let loaded: Promise<TransportStarters> | undefined;
  const starters = () => (loaded ??= import("./create-transport-starters.js").then((m) => m.createTransportStarters(deps)));
  return {
    slack: async (config) => (await starters()).slack(config),
    discord: async (config) => (await starters()).discord(config),
    terminal: async () => (await starters()).terminal(),
  };
}

/** Calls run through `guard`, whose retries replace the client's own (maxRetries 0). */
export function createLazyLlmProfileExtractor(llm: LlmConfig, knowledge: AdmissionKnowledge, guard: LlmGuard): ProfileExtractor {
  let loaded: Promise<ProfileExtractor> | undefined;
  const extractor = () =>
    (loaded ??= Promise.all([import("../admission/create-extraction-model.js"), import("../admission/create-llm-profile-extractor.js")]).then(
      ([{ createExtractionModel }, { createLlmProfileExtractor }]) =>
        createLlmProfileExtractor({ model: createExtractionModel({ ...llm, maxRetries: 0 }), method: llm.structuredMethod, knowledge, runner: guard }),
    ));
  return { extract: async (text) => (await extractor()).extract(text) };
}
