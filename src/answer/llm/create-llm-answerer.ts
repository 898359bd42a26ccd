import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { Clause } from "../../corpus/clause-schema.js";
import type { Citation } from "../../reply/reply-schema.js";
import type { AnswerDraft } from "../answer-draft.js";
import type { Answerer, OfflineAnswerer } from "../answerer.js";
import { formatMarker } from "../build-citation.js";
import type { AnswerRequest } from "../compose-offline-answer.js";
import { listReplyDepartments } from "../list-reply-departments.js";
import type { Logger } from "../logger.js";
import { renderAnswer } from "../render-answer.js";
import { suggestFollowUps } from "../suggest-follow-ups.js";
import { describeLlmError } from "./describe-llm-error.js";
import { createPromptEchoDetector } from "./detect-prompt-echo.js";
import { formatClauseContext } from "./format-clause-context.js";
import { LlmAnswerSchema, type LlmAnswer } from "./llm-answer-schema.js";
import { asDelimitedData, fillTemplate, type Prompts } from "./load-prompts.js";
import { createDeadlineRunner, describeOutcome, type LlmCallRunner } from "./llm-call-runner.js";
import { verifyLlmAnswer } from "./verify-llm-answer.js";

export interface LlmAnswererDeps {
  /** Built in the composition root (ChatOpenAI with maxRetries and timeout from config). */
  model: BaseChatModel;
  structuredMethod: "jsonSchema" | "functionCalling" | "jsonMode";
  prompts: Prompts;
  offline: OfflineAnswerer;
  logger: Logger;
  /** Hard deadline around one whole answer, retries included (used when no runner is given). */
  deadlineMs: number;
  /** The app's LLM guard (cap, retries, breaker); default: a bare deadline. */
  runner?: LlmCallRunner;
  maxClauses?: number;
}

/**
 * LLM answers that never reach the user unverified: the model's citations are checked against the
 * retrieved clauses, its figures against the cited text. Invalid citations are dropped; an answer
 * left without support, or with a figure no cited clause contains, is replaced by the offline
 * answer (mode "llm-fallback"), as is every timeout, 429, 5xx or malformed reply, an answer that
 * repeats the prompt's instructions, and every call the guard turns away (busy, circuit open): a
 * verified offline answer is worth more to the user than "try again later".
 */
export function createLlmAnswerer(deps: LlmAnswererDeps): Answerer {
  // includeRaw: a reply that does not parse comes back as parsed=null instead of a throw, so a
  // malformed (or injected) reply is a fallback here, not an endpoint failure for the circuit breaker.
  const structured = deps.model.withStructuredOutput(LlmAnswerSchema, { method: deps.structuredMethod, name: "policy_answer", includeRaw: true });
  const runner = deps.runner ?? createDeadlineRunner(deps.deadlineMs);
  const echoesPrompt = createPromptEchoDetector([deps.prompts.system, deps.prompts.answer, deps.prompts.condense]);
  const fallback = (req: AnswerRequest, reason: string, detail: object): AnswerDraft => {
    // Above debug only the reason: question text and error messages (which may quote the model's
    // output) go to the debug line, as every other log line with user or model text does.
    const status = (detail as { status?: unknown }).status;
    deps.logger.warn({ event: "llm-fallback", reason, ...(typeof status === "number" ? { status } : {}) }, "LLM 回答未通过或失败，改用离线回答");
    deps.logger.debug?.({ event: "llm-fallback-detail", reason, question: req.question, ...detail }, "LLM fallback detail");
    return { ...deps.offline.answerSync(req), mode: "llm-fallback" };
  };

  return {
    async answer(req) {
      const offline = deps.offline.answerSync(req);
      // Nothing in the document supports an answer: do not ask the model to invent one.
      if (offline.outOfScope) return offline;
      const clauses = contextClauses(req, deps.maxClauses ?? 5);
      const messages = [
        new SystemMessage(deps.prompts.system),
        new HumanMessage(fillTemplate(deps.prompts.answer, { clauses: formatClauseContext(clauses), question: asDelimitedData(req.question) })),
      ];
      const outcome = await runner.run((signal) => structured.invoke(messages, { signal }));
      if (!outcome.ok) {
        const detail = outcome.reason === "failed" ? describeLlmError(outcome.error) : { reason: describeOutcome(outcome) };
        return fallback(req, detail.reason, detail);
      }
      // The tool/JSON arguments are validated here, whatever the client library did or did not check.
      const parsed = LlmAnswerSchema.safeParse(outcome.value.parsed);
      if (!parsed.success) return fallback(req, "malformed-output", { issues: parsed.error.issues.slice(0, 3).map((i) => i.message) });
      const raw: LlmAnswer = parsed.data;
      const v = verifyLlmAnswer(raw, clauses);
      if (v.citations.length === 0) return fallback(req, "no-valid-citation", { dropped: v.dropped });
      if (v.unsupportedNumbers.length > 0) return fallback(req, "unsupported-number", { numbers: v.unsupportedNumbers, dropped: v.dropped });
      if (!v.answerText) return fallback(req, "empty-answer", {});
      const citedTexts = clauses.filter((c) => v.citations.some((x) => x.clauseId === c.clauseId)).map((c) => c.text);
      if (echoesPrompt(v.answerText, citedTexts)) return fallback(req, "prompt-echo", {});
      if (v.dropped.length) deps.logger.info({ event: "llm-citations-dropped", dropped: v.dropped }, "已删除未通过校验的引用");
      const direct = `${v.answerText}${uniqueMarkers(v.citations)}`;
      const departments = offline.questionType === "who" ? departmentsOf(v.citations, clauses) : [];
      return {
        answer: renderAnswer(direct, v.citations),
        citations: v.citations,
        departments,
        outOfScope: false,
        mode: "llm",
        followUps: suggestFollowUps(offline.questionType, v.citations, departments, clauses),
        questionType: offline.questionType,
      };
    },
  };
}

function contextClauses(req: AnswerRequest, max: number): Clause[] {
  const seen = new Set<string>();
  const out: Clause[] = [];
  for (const c of [...(req.contextClauses ?? []), ...req.retrieval.hits.map((h) => h.clause)]) {
    if (seen.has(c.clauseId)) continue;
    seen.add(c.clauseId);
    out.push(c);
  }
  return out.slice(0, max);
}

function uniqueMarkers(citations: readonly Citation[]): string {
  return [...new Set(citations.map((c) => c.label))].map(formatMarker).join("");
}

function departmentsOf(citations: readonly Citation[], clauses: readonly Clause[]) {
  const clause = clauses.find((c) => c.clauseId === citations[0]?.clauseId);
  return clause ? listReplyDepartments(clause) : [];
}
