import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app.js";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";
import { createTestApp } from "../helpers/create-test-app.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";
import { compromisedReply } from "../security/compromised-model.js";

const corpus = loadTestCorpus();
const QUESTION = "哪些园区可以布局再生铝项目？";

/** The endpoint is either down (500) or answers honestly from the clauses it was offered. */
let healthy = false;
let slowMs = 0;
let server: FakeOpenAiServer;
let app: App | undefined;
beforeEach(async () => {
  healthy = false;
  slowMs = 0;
  server = await startFakeOpenAiServer({
    fallbackChat: (body) =>
      healthy ? { ...compromisedReply({ kind: "honest" }, body, corpus, "", false), delayMs: slowMs } : { status: 500, body: { error: { message: "down" } } },
  });
});
afterEach(async () => {
  app?.close();
  await server.close();
});

const chatCalls = () => server.requests.filter((r) => r.path.endsWith("/chat/completions")).length;
function llmApp(extra: Record<string, string>): App {
  app = createTestApp({ OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "fake-model", OPENAI_TIMEOUT_MS: "3000", OPENAI_MAX_RETRIES: "0", ...extra });
  return app;
}
let n = 0;
const ask = (a: App) => a.engine().handle({ text: QUESTION, conversationId: `g${n++}`, userId: "u", platform: "cli" });

describe("LLM calls go through the app's LLM guard (real ChatOpenAI, fake server)", () => {
  it("consecutive 500s open the breaker: offline answers without calling the endpoint, then it recovers by itself", async () => {
    const a = llmApp({ ALUBOT_LLM_BREAKER_FAILURES: "2", ALUBOT_LLM_BREAKER_OPEN_MS: "400" });
    for (let i = 0; i < 2; i++) expect((await ask(a)).mode).toBe("llm-fallback");
    expect(chatCalls()).toBe(2);
    expect(a.llmGuard().circuitState()).toBe("open");
    const offline = await ask(a);
    expect(offline.mode).toBe("llm-fallback");
    expect(offline.citations.length).toBeGreaterThan(0);
    expect(chatCalls()).toBe(2); // the failing endpoint is left alone while the circuit is open

    await new Promise((r) => setTimeout(r, 450));
    healthy = true;
    const recovered = await ask(a);
    expect(recovered.mode).toBe("llm");
    expect(chatCalls()).toBe(3);
    expect(a.llmGuard().circuitState()).toBe("closed");
  });

  it("the guard retries a 5xx (OPENAI_MAX_RETRIES) and the client itself does not", async () => {
    const a = llmApp({ OPENAI_MAX_RETRIES: "1" });
    server.enqueueChat({ status: 503, body: { error: { message: "busy" } } });
    healthy = true;
    expect((await ask(a)).mode).toBe("llm");
    expect(chatCalls()).toBe(2);
    healthy = false;
    // Two failures per question at most: the guard's 2 attempts, not 2 × the client's.
    const before = chatCalls();
    expect((await ask(a)).mode).toBe("llm-fallback");
    expect(chatCalls() - before).toBe(2);
  });

  it("over capacity the question is answered offline at once instead of waiting", async () => {
    const a = llmApp({ ALUBOT_LLM_CONCURRENCY: "1", ALUBOT_LLM_QUEUE: "0" });
    healthy = true;
    expect((await ask(a)).mode).toBe("llm"); // warm: index and client built
    const before = chatCalls();
    slowMs = 400;
    const [slow, turnedAway] = await Promise.all([ask(a), new Promise((r) => setTimeout(r, 50)).then(() => ask(a))]);
    expect(slow.mode).toBe("llm");
    expect(turnedAway.mode).toBe("llm-fallback");
    expect(turnedAway.citations.length).toBeGreaterThan(0);
    expect(chatCalls() - before).toBe(1);
  });
});
