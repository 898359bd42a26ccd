import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app.js";
import { agentStep, chatContent, chatToolCall, isAgentRequest, startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";
import { offeredClauseIds } from "../security/compromised-model.js";

const corpus = loadTestCorpus();
const clause = (id: string) => corpus.clauses.find((c) => c.clauseId === id)!;
const sentence = (id: string, has: string) => clause(id).text.split("。").find((s) => s.includes(has))!;

/** Questions the offline engine refuses today (colloquial or English), with what an honest model answers. */
export const REFUSED = [
  {
    question: "Which department leads bauxite exploration?",
    reply: { answer: "三（一）列首位的部门是省自然资源厅（通常为牵头部门），该条要求依法严格铝资源开发准入，严厉打击以探代采。", citations: [{ clauseId: "3.1", quote: sentence("3.1", "以探代采") }] },
  },
  {
    question: "搞再生铝能拿到啥补贴",
    reply: {
      answer: "文件没有写具体补贴金额；六（三）支持相关地区制定专项政策措施，加大对再生铝产业的扶持力度，并发挥专项资金、专项债券等作用。",
      citations: [{ clauseId: "6.3", quote: sentence("6.3", "扶持力度") }, { clauseId: "6.3", quote: sentence("6.3", "专项资金") }],
    },
  },
  {
    question: "oxidation aluminium plant new rules",
    reply: { answer: "新建、扩建氧化铝项目要组织开展专项论证，原则上应具有与产能相匹配的铝土矿资源。", citations: [{ clauseId: "3.2", quote: sentence("3.2", "专项论证") }, { clauseId: "3.2", quote: sentence("3.2", "相匹配") }] },
  },
] as const;

export const PROJECT = "在兴仁经开区新建电解铝项目，350kA电解槽，没有产能指标，需要哪些部门负责？";
export const PROJECT_SCRIPT = [
  agentStep(chatToolCall("check_project", { description: "在兴仁经开区新建电解铝项目，350kA电解槽，没有产能指标" })),
  agentStep(chatToolCall("find_departments", { query: "三（三）" })),
  agentStep(
    chatToolCall("policy_answer", {
      answer: "该项目不符合文件要求：三（三）严禁违规新增电解铝产能，引入产能指标须按程序制定公告产能置换方案；您的电解槽为350kA，三（三）支持400KA以下电解槽有序退出。三（三）列首位的部门是省工业和信息化厅（通常为牵头部门）。",
      citations: [{ clauseId: "3.3", quote: sentence("3.3", "严禁违规") }, { clauseId: "3.3", quote: sentence("3.3", "产能置换") }, { clauseId: "3.3", quote: sentence("3.3", "400") }],
    }),
  ),
];

/** The LLM profile extractor's own call (check_project runs it in LLM mode): an empty profile, merged with the offline one. */
export const isExtraction = (body: any) => body?.response_format?.json_schema?.name === "project_profile";

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
