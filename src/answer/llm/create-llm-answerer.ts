import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { listReportDepartments } from "../../admission/list-report-departments.js";
import type { AdmissionReport } from "../../admission/report-schema.js";
import type { Clause } from "../../corpus/clause-schema.js";
import type { Citation } from "../../reply/reply-schema.js";
import type { Retriever } from "../../retrieval/retriever.js";
import type { AnswerDraft } from "../answer-draft.js";
import type { Answerer, OfflineAnswerer } from "../answerer.js";
import { formatMarker } from "../build-citation.js";
import type { AnswerRequest } from "../compose-offline-answer.js";
import { composeRefusal } from "../compose-refusal.js";
import { listReplyDepartments } from "../list-reply-departments.js";
import type { Logger } from "../logger.js";
import { renderAnswer } from "../render-answer.js";
import { suggestFollowUps } from "../suggest-follow-ups.js";
import type { MultiStepKind } from "./agent/classify-multi-step.js";
import { findGuardError, type PolicyAgent, type PolicyAgentRun } from "./agent/create-policy-agent.js";
import { detectVerdicts } from "./agent/detect-verdicts.js";
import { createAnswerContextBuilder, describeOfflineJudgement } from "./build-answer-context.js";
import { checkLlmAnswer } from "./check-llm-answer.js";
import { createQueryRewriter } from "./create-query-rewriter.js";
import { describeLlmError } from "./describe-llm-error.js";
import { createPromptEchoDetector } from "./detect-prompt-echo.js";
import { LlmAnswerSchema } from "./llm-answer-schema.js";
import { asDelimitedData, fillTemplate, type Prompts } from "./load-prompts.js";
import { createDeadlineRunner, describeOutcome, type LlmCallRunner } from "./llm-call-runner.js";
import type { VerificationResult } from "./verify-llm-answer.js";
import { withDeadline } from "./with-deadline.js";

export interface LlmAnswererDeps {
  /** Built in the composition root (ChatOpenAI with maxRetries 0 and timeout from config). */
  model: BaseChatModel;
  structuredMethod: "jsonSchema" | "functionCalling" | "jsonMode";
  prompts: Prompts;
  offline: OfflineAnswerer;
  logger: Logger;
  /** Hard deadline around one whole answer, retries and agent steps included. */
  deadlineMs: number;
  /** The app's LLM guard (cap, retries, breaker); default: a bare deadline. */
  runner?: LlmCallRunner;
  /** Every clause of the corpus: the whole-document prompt, and the clauses an agent answer may cite. */
  clauses: readonly Clause[];
  /** ALUBOT_LLM_CONTEXT_TOKENS (estimateTokens). */
  contextTokens: number;
  /** Retrieval for the rewritten queries when the corpus exceeds the budget; absent = the request's retrieval only. */
  retriever?: Retriever;
  /** Multi-step questions go to the agent; absent = every question gets the single structured call. */
  agent?: { classify(question: string): MultiStepKind | null; agent: PolicyAgent };
}

const KIND_TEXT: Record<MultiStepKind, string> = {
  project: "用户描述了一个项目：先做准入检查，再回答它问的部门或支持政策",
  comparison: "比较两个条款或两个主题",
  "place-projects": "一个地方可以布局哪些项目、各有什么支持政策",
};

const OVERALL_TEXT: Record<AdmissionReport["overall"], string> = {
  compliant: "按已提供的信息，未发现与文件要求不符之处",
  non_compliant: "不符合文件要求",
  needs_info: "信息不足，暂时无法给出结论",
};

/**
 * LLM answers that never reach the user unverified. Plain questions get one structured call whose
 * prompt carries the whole document when it fits the token budget (else retrieved clauses plus a
 * model-rewritten multi-query); multi-step questions go to the langchain agent over the policy tools.
 * The offline answer and its scope judgement are inputs to the prompt, never a gate: a question the
 * offline judge refuses still reaches the model, which may itself answer “文件未涉及” (verified: no
 * citations, no figures). Verification is the last gate of both paths: cited ids exist, quotes are
 * in their clause, figures are in a cited clause, and an agent's admission verdict is the rule
 * engine's. Every failure, timeout, 429/5xx, malformed reply, prompt echo or guard refusal (busy,
 * circuit open) becomes the offline answer (mode "llm-fallback").
 */
export function createLlmAnswerer(deps: LlmAnswererDeps): Answerer {
  // includeRaw: a reply that does not parse comes back as parsed=null instead of a throw, so a
  // malformed (or injected) reply is a fallback here, not an endpoint failure for the circuit breaker.
  const structured = deps.model.withStructuredOutput(LlmAnswerSchema, { method: deps.structuredMethod, name: "policy_answer", includeRaw: true });
  const runner = deps.runner ?? createDeadlineRunner(deps.deadlineMs);
  const p = deps.prompts;
  const echoesPrompt = createPromptEchoDetector([p.system, p.answer, p.condense, p.agent, p.agentTask, p.rewrite]);
  const buildContext = createAnswerContextBuilder({
    prompts: p,
    clauses: deps.clauses,
    budgetTokens: deps.contextTokens,
    ...(deps.retriever ? { retriever: deps.retriever, rewriter: createQueryRewriter({ model: deps.model, prompts: p, logger: deps.logger, deadlineMs: deps.deadlineMs, runner }) } : {}),
  });
  const fallback = (req: AnswerRequest, reason: string, detail: object): AnswerDraft => {
    // Above debug only the reason: question text and error messages (which may quote the model's
    // output) go to the debug line, as every other log line with user or model text does.
    const status = (detail as { status?: unknown }).status;
    deps.logger.warn({ event: "llm-fallback", reason, ...(typeof status === "number" ? { status } : {}) }, "LLM 回答未通过或失败，改用离线回答");
    deps.logger.debug?.({ event: "llm-fallback-detail", reason, question: req.question, ...detail }, "LLM fallback detail");
    return { ...deps.offline.answerSync(req), mode: "llm-fallback" };
  };
  const refusal = (req: AnswerRequest): AnswerDraft =>
    composeRefusal({ question: req.question, topic: (req.analysis ?? req.retrieval.analysis)?.topic ?? null, notCovered: req.retrieval.scope?.notCovered ?? [] }, deps.offline.overview, "llm");

  async function answerInOneCall(req: AnswerRequest, offline: AnswerDraft): Promise<AnswerDraft> {
    const ctx = await buildContext(req, offline);
    // Counts only: the rewritten queries restate the user's words, which are logged at debug level alone.
    deps.logger.info({ event: "llm-context", kind: ctx.kind, clauses: ctx.clauses.length, tokens: ctx.estimatedTokens, queries: ctx.queries.length }, "LLM 回答上下文");
    const outcome = await runner.run((signal) => structured.invoke(ctx.messages, { signal }));
    if (!outcome.ok) {
      const detail = outcome.reason === "failed" ? describeLlmError(outcome.error) : { reason: describeOutcome(outcome) };
      return fallback(req, detail.reason, detail);
    }
    // The tool/JSON arguments are validated here, whatever the client library did or did not check.
    const parsed = LlmAnswerSchema.safeParse(outcome.value.parsed);
    if (!parsed.success) return fallback(req, "malformed-output", { issues: parsed.error.issues.slice(0, 3).map((i) => i.message) });
    const check = checkLlmAnswer(parsed.data, ctx.clauses, echoesPrompt);
    if (!check.ok) return fallback(req, check.reason, check.detail);
    if (check.kind === "refusal") return refusal(req);
    // No rule engine ran on this path, so no admission verdict may be stated here at all.
    const stated = [...detectVerdicts(check.v.answerText)];
    if (stated.length) return fallback(req, "verdict-without-check", { stated });
    return draftOf(check.v, ctx.clauses, offline);
  }

  async function answerWithAgent(req: AnswerRequest, offline: AnswerDraft, kind: MultiStepKind, agent: PolicyAgent): Promise<AnswerDraft> {
    const task = fillTemplate(p.agentTask, { kind: KIND_TEXT[kind], judgement: describeOfflineJudgement(req, offline), question: asDelimitedData(req.question) });
    let run: PolicyAgentRun;
    try {
      run = await withDeadline(deps.deadlineMs, (signal) => agent.run(task, signal));
    } catch (err) {
      const detail = describeAgentError(err);
      return fallback(req, detail.reason, { path: "agent", kind, ...detail });
    }
    deps.logger.info({ event: "llm-agent-run", kind, tools: run.toolCalls.map((c) => c.name), reports: run.reports.map((r) => r.overall) }, "LLM 多步查询");
    const parsed = LlmAnswerSchema.safeParse(run.structured);
    if (!parsed.success) return fallback(req, "malformed-output", { path: "agent", issues: parsed.error.issues.slice(0, 3).map((i) => i.message) });
    // Figures may also come from the rule engine's reports (the user's project facts as the rules read them).
    const check = checkLlmAnswer(parsed.data, deps.clauses, echoesPrompt, run.reports.map((r) => JSON.stringify(r)));
    if (!check.ok) return fallback(req, check.reason, { path: "agent", ...check.detail });
    if (check.kind === "refusal") return refusal(req);
    // Admission verdicts come only from the rule engine: the agent may explain the report, never overturn it.
    const report = run.reports.at(-1);
    const stated = [...detectVerdicts(check.v.answerText)];
    if (stated.length && !report) return fallback(req, "verdict-without-check", { path: "agent", stated });
    if (report && stated.some((s) => s !== report.overall)) return fallback(req, "verdict-overturned", { path: "agent", stated, overall: report.overall });
    const lead = report && stated.length === 0 ? `准入检查结论（由规则判定）：${OVERALL_TEXT[report.overall]}。` : "";
    return draftOf(check.v, deps.clauses, offline, report, lead);
  }

  function draftOf(v: VerificationResult, clauses: readonly Clause[], offline: AnswerDraft, report?: AdmissionReport, lead = ""): AnswerDraft {
    const direct = `${lead}${v.answerText}${uniqueMarkers(v.citations)}`;
    const departments = report ? listReportDepartments(report) : offline.questionType === "who" ? departmentsOf(v.citations, clauses) : [];
    return {
      answer: renderAnswer(direct, v.citations),
      citations: v.citations,
      departments,
      outOfScope: false,
      mode: "llm",
      followUps: suggestFollowUps(offline.questionType, v.citations, departments, clauses),
      questionType: offline.questionType,
      ...(report ? { report } : {}),
    };
  }

  return {
    claims: (question) => !!deps.agent?.classify(question),
    async answer(req) {
      const offline = deps.offline.answerSync(req);
      const kind = deps.agent?.classify(req.question) ?? null;
      if (kind && deps.agent) return answerWithAgent(req, offline, kind, deps.agent.agent);
      return answerInOneCall(req, offline);
    },
  };
}

/** Why an agent run failed, for the fallback log: the guard's reason, the deadline, the step limit, or the client's error. */
function describeAgentError(err: unknown): { reason: string; status?: number; message?: string } {
  const guarded = findGuardError(err);
  if (guarded) return guarded.outcome.reason === "failed" ? describeLlmError(guarded.outcome.error) : { reason: describeOutcome(guarded.outcome) };
  if (err instanceof Error && err.name === "GraphRecursionError") return { reason: "step-limit", message: err.message.slice(0, 200) };
  return describeLlmError(err);
}

function uniqueMarkers(citations: readonly Citation[]): string {
  return [...new Set(citations.map((c) => c.label))].map(formatMarker).join("");
}

function departmentsOf(citations: readonly Citation[], clauses: readonly Clause[]) {
  const clause = clauses.find((c) => c.clauseId === citations[0]?.clauseId);
  return clause ? listReplyDepartments(clause) : [];
}
