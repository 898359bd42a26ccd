import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from "@langchain/core/messages";
import type { StructuredToolInterface } from "@langchain/core/tools";
import { createAgent, createMiddleware, toolStrategy } from "langchain";
import { AdmissionReportSchema, type AdmissionReport } from "../../../admission/report-schema.js";
import type { LlmGuardOutcome } from "../../../limits/create-llm-guard.js";
import type { LlmCallRunner } from "../llm-call-runner.js";
import { LlmAnswerSchema } from "../llm-answer-schema.js";

/** The agent's final answer is a call of this tool (toolStrategy): the same shape as the single call's. */
export const AGENT_ANSWER_TOOL = "policy_answer";
const AgentAnswerSchema = LlmAnswerSchema.meta({ title: AGENT_ANSWER_TOOL, description: "给出最终答案：简洁的中文回答，以及依据条款的编号和逐字原文。" });

export interface PolicyAgentRun {
  /** The final structured answer as the model sent it (validated again by the caller). */
  structured: unknown;
  /** The tool calls the model made, in order (the final answer tool excluded). */
  toolCalls: { name: string; args: unknown }[];
  /** Every admission report check_project returned, in order: the only source of a verdict. */
  reports: AdmissionReport[];
  messages: BaseMessage[];
}

export interface PolicyAgent {
  run(task: string, signal: AbortSignal): Promise<PolicyAgentRun>;
}

export interface PolicyAgentDeps {
  model: BaseChatModel;
  tools: StructuredToolInterface[];
  systemPrompt: string;
  /** The app's LLM guard: every model call of the loop runs through it (cap, retries, breaker, deadline). */
  runner: LlmCallRunner;
  /** LangGraph recursionLimit: graph steps (model calls + tool rounds) before the run is stopped. */
  steps: number;
}

/** A model call of the agent loop the guard did not let through (busy, circuit open, deadline, failed). */
export class AgentGuardError extends Error {
  override name = "AgentGuardError";
  constructor(readonly outcome: Exclude<LlmGuardOutcome<unknown>, { ok: true }>) {
    super(`LLM guard: ${outcome.reason}`);
  }
}

/**
 * langchain v1 createAgent over the policy tools. In langchain 1.5 the agent's model node calls
 * `model.bindTools(tools).invoke(messages, config)` inside the middleware chain, so a wrapModelCall
 * middleware is where the guard goes: each model call (and the guard's retries of it) passes through
 * `runner.run`; a refusal is thrown, which ends the run and makes the answerer fall back. The run's
 * AbortSignal is aborted when the run ends, so a call the guard gave up on does not linger.
 * The final answer uses toolStrategy (a `policy_answer` tool call), which any tool-calling
 * OpenAI-compatible server supports, rather than response_format next to tools.
 */
export function createPolicyAgent(deps: PolicyAgentDeps): PolicyAgent {
  const guard = createMiddleware({
    name: "AlubotLlmGuard",
    wrapModelCall: async (request, handler) => {
      const outcome = await deps.runner.run(async () => handler(request));
      if (!outcome.ok) throw new AgentGuardError(outcome);
      return withFreshId(outcome.value);
    },
  });
  const agent = createAgent({
    model: deps.model,
    tools: deps.tools,
    // A SystemMessage, not a string: a string is sent as an array of parts, which some servers reject.
    systemPrompt: new SystemMessage(deps.systemPrompt),
    responseFormat: toolStrategy(AgentAnswerSchema),
    middleware: [guard],
  });

  return {
    async run(task, signal) {
      const controller = new AbortController();
      const abort = () => controller.abort();
      signal.addEventListener("abort", abort, { once: true });
      try {
        const state = await agent.invoke({ messages: [new HumanMessage(task)] }, { recursionLimit: deps.steps, signal: controller.signal });
        return readRun(state.messages, state.structuredResponse);
      } finally {
        signal.removeEventListener("abort", abort);
        controller.abort();
      }
    },
  };
}

let seq = 0;

/**
 * LangGraph's message reducer replaces a message whose id it has seen: a server that sends the same
 * completion id every time (some OpenAI-compatible servers and proxies do) would silently erase the
 * previous step. The agent's history must not depend on the server's ids, so each reply gets its own.
 * The handler returns an AIMessage, a Command, or (for the final structured answer) an object whose
 * `messages` hold the reply.
 */
function withFreshId<T>(result: T): T {
  const renew = (m: unknown) => {
    if (!AIMessage.isInstance(m) || m.id === undefined) return;
    m.id = `${m.id}#${++seq}`;
    if (m.lc_kwargs) (m.lc_kwargs as { id?: string }).id = m.id;
  };
  renew(result);
  const messages = (result as { messages?: unknown } | null)?.messages;
  if (Array.isArray(messages)) messages.forEach(renew);
  return result;
}

function readRun(messages: BaseMessage[], structured: unknown): PolicyAgentRun {
  const toolCalls: PolicyAgentRun["toolCalls"] = [];
  const reports: AdmissionReport[] = [];
  for (const m of messages) {
    if (AIMessage.isInstance(m)) {
      for (const call of m.tool_calls ?? []) if (call.name !== AGENT_ANSWER_TOOL) toolCalls.push({ name: call.name, args: call.args });
    } else if (ToolMessage.isInstance(m) && m.name === "check_project") {
      const report = AdmissionReportSchema.safeParse(parseJson(typeof m.content === "string" ? m.content : ""));
      if (report.success) reports.push(report.data);
    }
  }
  return { structured, toolCalls, reports, messages };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The guard outcome behind an agent failure (middleware errors wrap it as `cause`), if any. */
export function findGuardError(err: unknown): AgentGuardError | null {
  for (let e: unknown = err, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    if (e instanceof AgentGuardError) return e;
  }
  return null;
}
