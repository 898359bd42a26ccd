import { ChatOpenAI } from "@langchain/openai";
import { resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildReport } from "../../src/admission/build-report.js";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { extractLocation } from "../../src/admission/extract-location.js";
import { createOfflineProfileExtractor } from "../../src/admission/profile-extractor.js";
import { createOfflineAnswerer } from "../../src/answer/answerer.js";
import { createMultiStepClassifier } from "../../src/answer/llm/agent/classify-multi-step.js";
import { createPolicyAgent } from "../../src/answer/llm/agent/create-policy-agent.js";
import { detectVerdicts } from "../../src/answer/llm/agent/detect-verdicts.js";
import { createLlmAnswerer } from "../../src/answer/llm/create-llm-answerer.js";
import { createDeadlineRunner, type LlmCallRunner } from "../../src/answer/llm/llm-call-runner.js";
import { loadPrompts } from "../../src/answer/llm/load-prompts.js";
import aliases from "../../src/data/department-aliases.json" with { type: "json" };
import { createLlmGuard } from "../../src/limits/create-llm-guard.js";
import { createSystemScheduler } from "../../src/limits/scheduler.js";
import { createPolicyTools } from "../../src/tools/create-policy-tools.js";
import { agentStep, chatContent, chatToolCall, startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { createRecordingLogger, type RecordingLogger } from "../helpers/create-test-engine.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";
import { createSimpleRetriever } from "../helpers/simple-retriever.js";

const { corpus, knowledge } = loadTestKnowledge();
const offline = createOfflineAnswerer(corpus);
const retriever = createSimpleRetriever(corpus.clauses);
const prompts = loadPrompts(resolve(import.meta.dirname, "../../prompts"));
const tools = createPolicyTools({
  clauses: corpus.clauses, retriever, knowledge,
  extractor: createOfflineProfileExtractor(knowledge), departmentAliases: aliases as Record<string, string>,
});
const classify = createMultiStepClassifier({
  mentionsPlace: (t) => {
    const at = extractLocation(t, knowledge);
    return !!(at && (at.zone || at.city || at.county));
  },
});
const clause = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;

const PROJECT = "在兴仁经开区新建电解铝项目，350kA电解槽，没有产能指标，需要哪些部门负责？";
// What the rule engine says about it, computed here the way check_project computes it.
const expected = buildReport(extractProfile(PROJECT, knowledge), knowledge);
const VERDICT_TEXT = { compliant: "该项目符合文件要求", non_compliant: "该项目不符合文件要求", needs_info: "该项目信息不足，暂时无法给出结论" } as const;
const OTHER = { compliant: "non_compliant", non_compliant: "compliant", needs_info: "compliant" } as const;
const c33 = clause("3.3");
const quote33 = c33.text.split("。").find((s) => s.includes("400"))!;
const quoteLead = c33.text.split("。")[0]!;

let server: FakeOpenAiServer;
let logger: RecordingLogger;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => {
  logger = createRecordingLogger();
  server.clearQueue();
});

function answerer(opts: { runner?: LlmCallRunner; steps?: number } = {}) {
  const model = new ChatOpenAI({ model: "fake-model", apiKey: "k", maxRetries: 0, timeout: 2000, configuration: { baseURL: server.baseURL } });
  const runner = opts.runner ?? createDeadlineRunner(5000);
  const agent = createPolicyAgent({ model, tools, systemPrompt: prompts.agent, runner, steps: opts.steps ?? 12 });
  return createLlmAnswerer({
    model, structuredMethod: "jsonSchema", prompts, offline, logger, deadlineMs: 8000, runner,
    clauses: corpus.clauses, contextTokens: 28_000, retriever, agent: { classify, agent },
  });
}

async function ask(question: string, a = answerer()) {
  const retrieval = await retriever.retrieve(question);
  const from = server.requests.length;
  const draft = await a.answer({ question, retrieval });
  return { draft, bodies: server.chatBodies(from), offlineDraft: offline.answerSync({ question, retrieval }) };
}

/** check_project, then find_departments on the clause the report fails, then the final answer. */
function scriptProjectRun(finalAnswer: string, citations = [{ clauseId: "3.3", quote: quote33 }, { clauseId: "3.3", quote: quoteLead }]) {
  server.enqueueChat(
    agentStep(chatToolCall("check_project", { description: PROJECT.replace(/，需要哪些部门负责？$/, "") }, "call_check")),
    agentStep(chatToolCall("find_departments", { query: "三（三）" }, "call_depts")),
    agentStep(chatToolCall("policy_answer", { answer: finalAnswer, citations }, "call_answer")),
  );
}
const toolMessages = (body: any) => (body.messages as any[]).filter((m) => m.role === "tool");
const calledTools = (body: any) => (body.messages as any[]).flatMap((m) => (m.tool_calls ?? []).map((c: any) => c.function.name));

describe("which questions go to the agent (a deterministic classifier)", () => {
  it("a project description plus 哪些部门负责, a comparison of two clauses, a place's projects and their support", () => {
    expect(classify(PROJECT)).toBe("project");
    expect(classify("我们打算在清镇投资建设再生铝厂，能享受哪些支持政策？")).toBe("project");
    expect(classify("三（三）和三（四）有什么不同？")).toBe("comparison");
    expect(classify("再生铝和电解铝的要求有什么区别？")).toBe("comparison");
    expect(classify("清镇能做哪些项目、各有什么支持")).toBe("place-projects");
  });

  it("plain questions are not multi-step: one round trip", () => {
    for (const q of ["到2027年再生铝占比目标是多少？", "哪些园区可以布局再生铝项目？", "三（四）讲了什么？", "Which department leads bauxite exploration?", "今天天气怎么样？"]) {
      expect(classify(q)).toBeNull();
    }
  });
});

describe("detectVerdicts: what a reply says about the user's project", () => {
  it("reads each verdict, and not general statements about conditions", () => {
    expect([...detectVerdicts("该项目不符合三（三）的要求。")]).toEqual(["non_compliant"]);
    expect([...detectVerdicts("您的项目信息不足，暂时无法给出结论。")]).toEqual(["needs_info"]);
    expect([...detectVerdicts("该项目符合文件要求。")]).toEqual(["compliant"]);
    expect([...detectVerdicts("按已提供的信息，未发现与文件要求不符之处。")]).toEqual(["compliant"]);
    expect([...detectVerdicts("符合条件的企业可申请专项资金；项目需满足铝行业规范条件。")]).toEqual([]);
  });
});

describe("the policy agent (langchain createAgent, real ChatOpenAI, scripted fake server)", () => {
  it("a scripted run calls check_project then find_departments; the reply carries the report's verdict unchanged", async () => {
    expect(expected.overall).toBe("non_compliant");
    const answer = `${VERDICT_TEXT[expected.overall]}：电解槽为350kA，三（三）支持400KA以下电解槽有序退出；三（三）列首位的部门是省工业和信息化厅（通常为牵头部门）。`;
    scriptProjectRun(answer);
    const { draft, bodies } = await ask(PROJECT);
    expect(server.pending()).toBe(0);
    expect(bodies).toHaveLength(3);
    // Every agent request offers the five tools and the answer tool.
    for (const b of bodies) expect(b.tools.map((t: any) => t.function.name).sort()).toEqual(["check_project", "find_departments", "get_clause", "list_targets", "policy_answer", "search_clauses"]);
    expect(bodies[0].messages[0].role).toBe("system");
    expect(JSON.stringify(bodies[0].messages.at(-1))).toContain("=== 用户问题开始");
    // The second request carries check_project's report; the third, find_departments' answer too.
    const report = JSON.parse(toolMessages(bodies[1])[0].content);
    expect(report.overall).toBe(expected.overall);
    expect(report).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(calledTools(bodies[2])).toEqual(["check_project", "find_departments"]);
    expect(JSON.parse(toolMessages(bodies[2])[1].content)).toMatchObject({ clauseId: "3.3", lead: "省工业和信息化厅" });

    expect(draft.mode).toBe("llm");
    expect(draft.report).toEqual(expected);
    expect([...detectVerdicts(draft.answer)]).toEqual([expected.overall]);
    expect(draft.citations.map((c) => c.clauseId)).toEqual(["3.3", "3.3"]);
    // 350 is the user's fact as the rule engine read it (the report), 400 is in the cited clause.
    expect(draft.answer).toContain("350kA");
    expect(draft.departments[0]).toEqual({ name: expected.departments.lead, role: "lead" });
    expect(logger.entries.find((e) => e.obj.event === "llm-agent-run")?.obj).toMatchObject({ tools: ["check_project", "find_departments"], reports: [expected.overall] });
  });

  it("an answer that states no verdict gets the report's verdict put in front", async () => {
    scriptProjectRun("三（三）列首位的部门是省工业和信息化厅（通常为牵头部门）。");
    const { draft } = await ask(PROJECT);
    expect(draft.mode).toBe("llm");
    expect(draft.answer.startsWith("准入检查结论（由规则判定）：不符合文件要求。")).toBe(true);
    expect(draft.report?.overall).toBe(expected.overall);
  });

  it("an agent that overturns the report's verdict is caught and falls back", async () => {
    scriptProjectRun(`${VERDICT_TEXT[OTHER[expected.overall]]}，可以直接办理手续。`);
    const { draft, offlineDraft } = await ask(PROJECT);
    expect(draft.mode).toBe("llm-fallback");
    expect(draft.answer).toBe(offlineDraft.answer);
    expect(draft.report).toBeUndefined();
    expect(logger.entries.find((e) => e.obj.event === "llm-fallback-detail")?.obj).toMatchObject({ reason: "verdict-overturned", overall: expected.overall });
  });

  it("an agent that states a verdict without asking the rule engine is caught", async () => {
    server.enqueueChat(
      agentStep(chatToolCall("find_departments", { query: "三（三）" })),
      agentStep(chatToolCall("policy_answer", { answer: "该项目符合文件要求，由省工业和信息化厅负责。", citations: [{ clauseId: "3.3", quote: quoteLead }] })),
    );
    const { draft } = await ask(PROJECT);
    expect(draft.mode).toBe("llm-fallback");
    expect(logger.entries.find((e) => e.obj.event === "llm-fallback")?.obj.reason).toBe("verdict-without-check");
  });

  it("an agent that invents a clause is caught", async () => {
    scriptProjectRun(`${VERDICT_TEXT[expected.overall]}，依据〔九（三）〕。`, [{ clauseId: "9.3", quote: quote33 }]);
    const { draft } = await ask(PROJECT);
    expect(draft.mode).toBe("llm-fallback");
    expect(draft.answer).not.toContain("九（三）");
    expect(logger.entries.find((e) => e.obj.event === "llm-fallback-detail")?.obj).toMatchObject({ reason: "no-valid-citation", dropped: [{ clauseId: "9.3", reason: "unknown-clause" }] });
  });

  it("an agent that invents a figure is caught", async () => {
    scriptProjectRun(`${VERDICT_TEXT[expected.overall]}，整改后可获得500万元奖励。`);
    const { draft } = await ask(PROJECT);
    expect(draft.mode).toBe("llm-fallback");
    expect(draft.answer).not.toContain("500万元");
    expect(logger.entries.find((e) => e.obj.event === "llm-fallback-detail")?.obj).toMatchObject({ reason: "unsupported-number", numbers: ["500"] });
  });

  it("tool arguments are zod-validated: a bad call is returned to the model as an error, the tool never runs", async () => {
    const q = "三（三）和三（四）有什么不同？";
    server.enqueueChat(
      agentStep(chatToolCall("get_clause", { ref: "" })),
      agentStep(chatToolCall("get_clause", { ref: "三（三）" })),
      agentStep(chatToolCall("get_clause", { ref: "三（四）" })),
      agentStep(
        chatToolCall("policy_answer", {
          answer: "三（三）讲合理控制电解铝产能，三（四）讲有序布局再生铝项目。",
          citations: [{ clauseId: "3.3", quote: quoteLead }, { clauseId: "3.4", quote: clause("3.4").text.split("。")[0] }],
        }),
      ),
    );
    const { draft, bodies } = await ask(q);
    expect(bodies).toHaveLength(4);
    const rejected = toolMessages(bodies[1])[0];
    expect(rejected.content).toContain("did not match expected schema");
    expect(rejected.content).not.toContain("无法识别条款编号"); // get_clause's own answer to a bad ref: it never ran
    expect(JSON.parse(toolMessages(bodies[3])[2].content)).toMatchObject({ clauseId: "3.4" });
    expect(draft.mode).toBe("llm");
    expect(draft.citations.map((c) => c.clauseId)).toEqual(["3.3", "3.4"]);
  });

  it("the step limit (recursionLimit) stops a run that never answers, and the reply falls back", async () => {
    for (let i = 0; i < 6; i++) server.enqueueChat(agentStep(chatToolCall("search_clauses", { query: `电解铝 ${i}` })));
    const { draft, bodies } = await ask(PROJECT, answerer({ steps: 4 }));
    expect(draft.mode).toBe("llm-fallback");
    expect(bodies.length).toBeLessThanOrEqual(2);
    expect(logger.entries.find((e) => e.obj.event === "llm-fallback")?.obj.reason).toBe("step-limit");
  });

  it("every model call of the loop runs through the LLM guard: its retries, and its refusals", async () => {
    const guard = createLlmGuard({
      limits: { llmConcurrency: 2, llmQueue: 2, requestDeadlineMs: 5000 },
      scheduler: createSystemScheduler(),
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
      breaker: { failureThreshold: 1, openMs: 60_000 },
    });
    let runs = 0;
    const counting: LlmCallRunner = { run: (call) => (runs++, guard.run(call)) };
    // A 503 on the first step is retried by the guard, the client itself does not retry (maxRetries 0).
    server.enqueueChat(agentStep({ status: 503, body: { error: { message: "busy" } } }));
    scriptProjectRun(`${VERDICT_TEXT[expected.overall]}。`);
    const ok = await ask(PROJECT, answerer({ runner: counting }));
    expect(ok.draft.mode).toBe("llm");
    expect(ok.bodies).toHaveLength(4);
    expect(runs).toBe(3);

    // A failure that exhausts the retries opens the breaker (threshold 1): the next run never reaches the server.
    server.enqueueChat(agentStep({ status: 500, body: { error: { message: "down" } } }), agentStep({ status: 500, body: { error: { message: "down" } } }));
    const failed = await ask(PROJECT, answerer({ runner: counting }));
    expect(failed.draft.mode).toBe("llm-fallback");
    expect(guard.circuitState()).toBe("open");
    const refused = await ask(PROJECT, answerer({ runner: counting }));
    expect(refused.bodies).toHaveLength(0);
    expect(refused.draft.mode).toBe("llm-fallback");
    expect(logger.entries.filter((e) => e.obj.event === "llm-fallback").map((e) => e.obj.reason)).toEqual(["server-error", "circuit-open"]);
  });

  it("a plain question keeps the single structured call (one round trip, no tools)", async () => {
    const c34 = clause("3.4");
    server.enqueueChat(chatContent(JSON.stringify({ answer: "清镇经开区等开发区可以有序布局再生铝建设项目。", citations: [{ clauseId: "3.4", quote: c34.text.split("。")[0] }] })));
    const { draft, bodies } = await ask("哪些园区可以布局再生铝项目？");
    expect(bodies).toHaveLength(1);
    expect(bodies[0].tools).toBeUndefined();
    expect(bodies[0].response_format?.type).toBe("json_schema");
    expect(draft.mode).toBe("llm");
  });
});
