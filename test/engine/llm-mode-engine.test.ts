import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatContent, startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { createRecordingLogger } from "../helpers/create-test-engine.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const corpus = loadTestCorpus();
const projects = corpus.clauses.find((c) => c.clauseId.includes(".") && c.title.includes("再生铝"))!;
const lead = projects.departments.find((d) => !d.implicit)!.name;
const firstSentence = projects.text.split("。")[0]!;

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());

function llmApp() {
  const logger = createRecordingLogger();
  const env = { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "fake-model", OPENAI_TIMEOUT_MS: "1500", OPENAI_MAX_RETRIES: "0" };
  return { app: createTestApp(env, { logger: () => logger }), logger };
}

describe("LLM mode through the composition root (real ChatOpenAI, fake server)", () => {
  it("a follow-up is condensed by the model, then answered and verified", async () => {
    const { app } = llmApp();
    const engine = await app.engine();
    server.enqueueChat(chatContent(JSON.stringify({ answer: "可在清镇经开区等开发区有序布局再生铝建设项目。", citations: [{ clauseId: projects.clauseId, quote: firstSentence }] })));
    const first = await engine.handle({ text: "哪些园区可以布局再生铝项目？", conversationId: "l1", userId: "u", platform: "slack" });
    expect(first.mode).toBe("llm");
    expect(first.citations[0]?.clauseId).toBe(projects.clauseId);

    const before = server.requests.length;
    server.enqueueChat(
      chatContent("再生铝项目布局由哪个部门牵头？"),
      chatContent(JSON.stringify({ answer: `列首位的部门是${lead}（通常为牵头部门）。`, citations: [{ clauseId: projects.clauseId, quote: firstSentence }] })),
    );
    const second = await engine.handle({ text: "那牵头部门是谁？", conversationId: "l1", userId: "u", platform: "slack" });
    const condenseBody = JSON.stringify(server.requests[before]!.body.messages);
    expect(condenseBody).toContain("最新追问开始");
    expect(condenseBody).toContain("哪些园区可以布局再生铝项目");
    expect(JSON.stringify(server.requests[before + 1]!.body.messages)).toContain("再生铝项目布局由哪个部门牵头");
    expect(second.mode).toBe("llm");
    expect(second.answer).toContain(lead);
    expect(second.departments[0]).toEqual({ name: lead, role: "lead" });
  });

  it("when the model is down, condensing and answering both fall back offline", async () => {
    const { app, logger } = llmApp();
    const engine = await app.engine();
    server.enqueueChat({ status: 503, body: { error: { message: "down" } } });
    await engine.handle({ text: "哪些园区可以布局再生铝项目？", conversationId: "l2", userId: "u", platform: "cli" });
    server.enqueueChat({ status: 500, body: { error: { message: "down" } } }, { status: 500, body: { error: { message: "down" } } });
    const r = await engine.handle({ text: "那有什么要求？", conversationId: "l2", userId: "u", platform: "cli" });
    expect(r.mode).toBe("llm-fallback");
    expect(r.citations.map((c) => c.clauseId)).toContain(projects.clauseId);
    expect(logger.entries.some((e) => e.obj.event === "condense-fallback")).toBe(true);
    // The offline rewrite names the clause the answer came from: its departments are read from the corpus.
    server.enqueueChat({ status: 500, body: { error: { message: "down" } } });
    const who = await engine.handle({ text: "那牵头部门是谁？", conversationId: "l2", userId: "u", platform: "cli" });
    expect(who.departments[0]).toEqual({ name: lead, role: "lead" });
    expect(who.citations.map((c) => c.clauseId)).toEqual([projects.clauseId]);
  });
});
