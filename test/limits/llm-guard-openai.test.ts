import { ChatOpenAI } from "@langchain/openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLlmGuard } from "../../src/limits/create-llm-guard.js";
import { createManualScheduler } from "../../src/limits/manual-scheduler.js";
import { createSystemScheduler } from "../../src/limits/scheduler.js";
import { chatContent, startFakeOpenAiServer, type FakeOpenAiServer } from "../helpers/fake-openai-server.js";

/** The real client against the loopback fake; its own retries are off so the guard's policy is what runs. */
let fake: FakeOpenAiServer;
let model: ChatOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAiServer();
  model = new ChatOpenAI({ model: "fake-model", apiKey: "sk-test-key-0000", maxRetries: 0, timeout: 5000, configuration: { baseURL: fake.baseURL } });
});
afterEach(async () => fake.close());

const chatRequests = () => fake.requests.filter((r) => r.path.endsWith("/chat/completions")).length;
const ask = (signal: AbortSignal) => model.invoke("再生铝的目标是什么？", { signal }).then((m) => String(m.content));
const error = (status: number) => ({ status, body: { error: { message: `status ${status}`, type: "server_error" } } });

describe("LLM guard with the real OpenAI client", () => {
  it("retries a 429 and a 503 and then returns the answer", async () => {
    const guard = createLlmGuard({ limits: { llmConcurrency: 2, llmQueue: 2, requestDeadlineMs: 5000 }, scheduler: createSystemScheduler(), retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    fake.enqueueChat(error(429), error(503), chatContent("到2027年……"));
    expect(await guard.run(ask)).toEqual({ ok: true, value: "到2027年……" });
    expect(chatRequests()).toBe(3);
  });

  it("opens the circuit while the endpoint fails, stops calling it, and recovers by itself", async () => {
    const scheduler = createManualScheduler();
    const failures: string[] = [];
    const guard = createLlmGuard({
      limits: { llmConcurrency: 2, llmQueue: 2, requestDeadlineMs: 60_000 },
      scheduler,
      retry: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 0 },
      breaker: { failureThreshold: 2, openMs: 30_000 },
      onFailure: (r) => failures.push(r),
    });
    fake.enqueueChat(error(500), error(500), error(500), error(500));
    expect((await guard.run(ask)).ok).toBe(false);
    expect((await guard.run(ask)).ok).toBe(false);
    expect(guard.circuitState()).toBe("open");
    const before = chatRequests();
    expect(before).toBe(4);
    for (let i = 0; i < 5; i++) expect(await guard.run(ask)).toEqual({ ok: false, reason: "circuit-open" });
    expect(chatRequests()).toBe(before); // the failing endpoint is left alone while open
    scheduler.advance(30_000);
    fake.enqueueChat(chatContent("恢复了"));
    expect(await guard.run(ask)).toEqual({ ok: true, value: "恢复了" });
    expect(guard.circuitState()).toBe("closed");
    expect(failures.slice(0, 2)).toEqual(["failed", "failed"]);
  });

  it("cuts a hanging endpoint off at the deadline instead of waiting for the client timeout", async () => {
    const guard = createLlmGuard({ limits: { llmConcurrency: 1, llmQueue: 0, requestDeadlineMs: 150 }, scheduler: createSystemScheduler(), retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
    fake.enqueueChat({ ...chatContent("太迟了"), delayMs: 3000 });
    const started = Date.now();
    expect(await guard.run(ask)).toEqual({ ok: false, reason: "deadline" });
    expect(Date.now() - started).toBeLessThan(1500);
    // The slot is free again: the next question is served at once.
    fake.enqueueChat(chatContent("好的"));
    expect(await guard.run(ask)).toEqual({ ok: true, value: "好的" });
  });
});
