import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app.js";
import { agentStep, chatContent, chatToolCall, isAgentRequest, startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { offeredClauseIds } from "../security/compromised-model.js";
import { corpus, isExtraction, PROJECT, PROJECT_SCRIPT, REFUSED, sentence } from "./llm-scenarios.js";

let server: FakeOpenAiServer;
const apps: App[] = [];
beforeAll(async () => {
  server = await startFakeOpenAiServer({ fallbackChat: (body) => (isExtraction(body) ? chatContent("{}") : { status: 500, body: { error: { message: "unscripted" } } }) });
});
afterAll(async () => {
  for (const a of apps) a.close();
  await server.close();
});
beforeEach(() => server.clearQueue());

function app(env: Record<string, string> = {}, llm = true): App {
  const base = llm ? { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "fake-model", OPENAI_TIMEOUT_MS: "3000", OPENAI_MAX_RETRIES: "0" } : {};
  const a = createTestApp({ ...base, ...env });
  apps.push(a);
  return a;
}
let shared: { offline: App; llm: App } | undefined;
/** One offline and one default LLM app for the tests that need no special settings (each builds its index). */
const apps2 = () => (shared ??= { offline: app({}, false), llm: app() });
let n = 0;
const ask = (a: App, text: string) => a.engine().handle({ text, conversationId: `e${n++}`, userId: "u", platform: "cli" });

describe("LLM mode through the composition root: the offline judgement is an input, never a gate", () => {
  it("questions the offline engine refuses reach the model, and honest answers are verified and used", async () => {
    const { offline, llm } = apps2();
    for (const { question, reply } of REFUSED) {
      const refused = await ask(offline, question);
      expect(refused).toMatchObject({ kind: "refusal", outOfScope: true, mode: "offline" });

      server.enqueueChat(chatContent(JSON.stringify(reply)));
      const from = server.requests.length;
      const r = await ask(llm, question);
      const bodies = server.chatBodies(from);
      expect(bodies).toHaveLength(1);
      const prompt = String(bodies[0].messages.at(-1).content);
      expect(offeredClauseIds(prompt)).toEqual(corpus.clauses.map((c) => c.clauseId));
      expect(prompt).toContain("离线检索判断文件可能未涉及此问题");
      expect(r.mode).toBe("llm");
      expect(r.kind).toBe("answer");
      expect(r.citations.map((c) => c.clauseId)).toEqual(reply.citations.map((c) => c.clauseId));
    }
  });

  it("a project question goes to the agent: check_project, then find_departments, the reply carries the rule engine's report", async () => {
    const { offline, llm } = apps2();
    const offlineReply = await ask(offline, PROJECT);
    expect(offlineReply.mode).toBe("offline");

    server.enqueueChat(...PROJECT_SCRIPT);
    const from = server.requests.length;
    const r = await ask(llm, PROJECT);
    const bodies = server.chatBodies(from);
    expect(bodies.filter(isAgentRequest)).toHaveLength(3);
    expect(bodies.filter(isExtraction)).toHaveLength(1);
    expect(server.pending()).toBe(0);
    // The check itself, through the app's check handler, says the same as the report the agent explained.
    const check = await ask(offline, "在兴仁经开区新建电解铝项目，350kA电解槽，没有产能指标");
    expect(["check", "question"]).toContain(check.kind);
    expect(r.mode).toBe("llm");
    expect(r.report?.overall).toBe(check.report?.overall);
    expect(r.report?.findings).toEqual(check.report?.findings);
    expect(r.answer).toContain("不符合");
    expect(r.departments[0]).toEqual({ name: "省工业和信息化厅", role: "lead" });
  });

  it("a comparison of two named clauses reaches the agent in LLM mode; offline it stays a clause lookup", async () => {
    const q = "三（三）和三（四）有什么不同？";
    expect((await ask(apps2().offline, q)).kind).toBe("clause");
    server.enqueueChat(
      agentStep(chatToolCall("get_clause", { ref: "三（三）" })),
      agentStep(chatToolCall("get_clause", { ref: "三（四）" })),
      agentStep(
        chatToolCall("policy_answer", {
          answer: "三（三）讲合理控制电解铝产能，三（四）讲有序布局再生铝项目。",
          citations: [{ clauseId: "3.3", quote: sentence("3.3", "严禁违规") }, { clauseId: "3.4", quote: sentence("3.4", "有序布局再生铝") }],
        }),
      ),
    );
    const r = await ask(apps2().llm, q);
    expect(r.mode).toBe("llm");
    expect(r.citations.map((c) => c.clauseId)).toEqual(["3.3", "3.4"]);
  });

  it("the agent's model calls go through the app's LLM guard: a failing step counts toward its breaker", async () => {
    const a = app({ ALUBOT_LLM_BREAKER_FAILURES: "1", ALUBOT_LLM_BREAKER_OPEN_MS: "60000" });
    server.enqueueChat(agentStep({ status: 500, body: { error: { message: "down" } } }));
    const r = await ask(a, PROJECT);
    expect(r.mode).toBe("llm-fallback");
    expect(a.llmGuard().circuitState()).toBe("open");
    const from = server.requests.length;
    expect((await ask(a, PROJECT)).mode).toBe("llm-fallback");
    expect(server.chatBodies(from)).toHaveLength(0);
  });

  it("ALUBOT_LLM_AGENT_STEPS=0 turns the agent off: a project question gets the single structured call", async () => {
    server.enqueueChat(chatContent(JSON.stringify({ answer: "三（三）列首位的部门是省工业和信息化厅（通常为牵头部门）。", citations: [{ clauseId: "3.3", quote: sentence("3.3", "严禁违规") }] })));
    const from = server.requests.length;
    const r = await ask(app({ ALUBOT_LLM_AGENT_STEPS: "0" }), PROJECT);
    const bodies = server.chatBodies(from);
    expect(bodies).toHaveLength(1);
    expect(isAgentRequest(bodies[0])).toBe(false);
    expect(r.mode).toBe("llm");
  });
});
