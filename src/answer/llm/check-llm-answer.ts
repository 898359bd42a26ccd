import type { Clause } from "../../corpus/clause-schema.js";
import { extractNumbers } from "./extract-numbers.js";
import { isRefusalAnswer } from "./is-refusal-answer.js";
import type { LlmAnswer } from "./llm-answer-schema.js";
import type { PromptEchoDetector } from "./detect-prompt-echo.js";
import { verifyLlmAnswer, type VerificationResult } from "./verify-llm-answer.js";

export type AnswerCheck =
  | { ok: true; kind: "answer"; v: VerificationResult }
  /** A verified "文件未涉及": no citations, no figures. */
  | { ok: true; kind: "refusal" }
  | { ok: false; reason: string; detail: object };

/**
 * The last gate for both LLM paths (single call and agent): citations must name clauses that exist
 * and quote them, every figure must be in a cited clause (or a rule-engine report), a refusal must
 * carry neither, and an answer must not repeat the prompts' instructions.
 */
export function checkLlmAnswer(
  raw: LlmAnswer,
  allowed: readonly Clause[],
  echoesPrompt: PromptEchoDetector,
  figureSources: readonly string[] = [],
): AnswerCheck {
  if (raw.citations.length === 0 && isRefusalAnswer(raw.answer)) {
    const numbers = extractNumbers(raw.answer.replace(/〔[^〕]*〕/g, ""));
    if (numbers.length > 0) return { ok: false, reason: "refusal-with-figures", detail: { numbers } };
    return { ok: true, kind: "refusal" };
  }
  const v = verifyLlmAnswer(raw, allowed, figureSources);
  if (v.citations.length === 0) return { ok: false, reason: "no-valid-citation", detail: { dropped: v.dropped } };
  if (v.unsupportedNumbers.length > 0) return { ok: false, reason: "unsupported-number", detail: { numbers: v.unsupportedNumbers, dropped: v.dropped } };
  if (!v.answerText) return { ok: false, reason: "empty-answer", detail: {} };
  const byId = new Map(allowed.map((c) => [c.clauseId, c]));
  const citedTexts = v.citations.map((c) => byId.get(c.clauseId)?.text ?? "");
  if (echoesPrompt(v.answerText, citedTexts)) return { ok: false, reason: "prompt-echo", detail: {} };
  return { ok: true, kind: "answer", v };
}
