import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AdmissionKnowledge } from "../admission/admission-knowledge.js";
import { extractLocation } from "../admission/extract-location.js";
import type { ProfileExtractor } from "../admission/profile-extractor.js";
import { createMultiStepClassifier, type MultiStepKind } from "../answer/llm/agent/classify-multi-step.js";
import { createPolicyAgent, type PolicyAgent } from "../answer/llm/agent/create-policy-agent.js";
import type { LlmCallRunner } from "../answer/llm/llm-call-runner.js";
import type { Prompts } from "../answer/llm/load-prompts.js";
import type { Corpus } from "../corpus/load-corpus.js";
import aliases from "../data/department-aliases.json" with { type: "json" };
import type { Retriever } from "../retrieval/retriever.js";
import { createPolicyTools } from "../tools/create-policy-tools.js";

export interface PolicyAgentParts {
  app: { corpus(): Corpus; admissionKnowledge(): AdmissionKnowledge; profileExtractor(): ProfileExtractor };
  model: BaseChatModel;
  prompts: Prompts;
  retriever: Retriever;
  runner: LlmCallRunner;
  steps: number;
}

/** Part of the composition root: the multi-step classifier and the agent over the five policy tools. */
export function buildPolicyAgent(parts: PolicyAgentParts): { classify(question: string): MultiStepKind | null; agent: PolicyAgent } {
  const { app } = parts;
  const knowledge = app.admissionKnowledge();
  const tools = createPolicyTools({
    clauses: app.corpus().clauses,
    retriever: parts.retriever,
    knowledge,
    extractor: app.profileExtractor(),
    departmentAliases: aliases as Record<string, string>,
  });
  const classify = createMultiStepClassifier({
    mentionsPlace: (text) => {
      const at = extractLocation(text, knowledge);
      return !!(at && (at.zone || at.city || at.county));
    },
  });
  return { classify, agent: createPolicyAgent({ model: parts.model, tools, systemPrompt: parts.prompts.agent, runner: parts.runner, steps: parts.steps }) };
}
