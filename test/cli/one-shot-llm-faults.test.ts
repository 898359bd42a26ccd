import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeResponse } from "../helpers/fake-openai-server.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";
import { assertBuilt, BUILT_CLI, isolatedEnv, runNode } from "../helpers/run-built-cli.js";
import { compromisedReply } from "../security/compromised-model.js";

/*
 * Issue 12 item 2, black-box: the built CLI as a subprocess against the fake OpenAI server on
 * 127.0.0.1. In-process tests could not see the bug (vitest keeps the event loop alive): an unref'd
 * backoff timer let a one-shot `ask` exit with code 13 and no output in the middle of a retry.
 */

const QUESTION = "到2027年再生铝占原铝供应量的比重要达到多少？";
const corpus = loadTestCorpus();
let server: FakeOpenAiServer;
/** What the fake answers to every chat request of the current case. */
let reply: (body: unknown) => FakeResponse = () => ({ status: 500 });
// One data dir for the file: the first run builds the index, the others reuse it (faster, same answers).
const dataDir = mkdtempSync(join(tmpdir(), "alubot-llm-faults-"));

beforeAll(async () => {
  assertBuilt();
  server = await startFakeOpenAiServer({ fallbackChat: (body) => reply(body) });
});
afterAll(() => server?.close());

const chatCalls = () => server.requests.filter((r) => r.path.endsWith("/chat/completions")).length;

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function askJson(baseURL: string, extra: Record<string, string> = {}) {
  const env = isolatedEnv({
    ALUBOT_DATA_DIR: dataDir,
    OPENAI_API_KEY: "sk-test-not-a-real-key",
    OPENAI_BASE_URL: baseURL,
    OPENAI_MODEL: "fake-model",
    OPENAI_TIMEOUT_MS: "5000",
    OPENAI_MAX_RETRIES: "1",
    ALUBOT_REQUEST_DEADLINE_MS: "4000",
    // info, not the quieter one-shot default: even then no log line may hold question or answer text.
    ALUBOT_LOG_LEVEL: "info",
    ...extra,
  });
  return runNode(BUILT_CLI, ["ask", "--json", QUESTION], { env, timeoutMs: 30_000 });
}

/** Exactly one JSON document on stdout, an offline fallback with citations, exit 0, nothing else. */
function expectOneFallbackAnswer(run: Awaited<ReturnType<typeof askJson>>) {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.code, run.stderr).toBe(0);
  const doc = JSON.parse(run.stdout) as { answer: string; mode: string; citations: unknown[] };
  expect(doc.mode).toBe("llm-fallback");
  expect(doc.citations.length).toBeGreaterThan(0);
  expect(doc.answer).toContain("再生铝");
  // Logs stay on stderr, and above debug they never carry the question or the answer.
  expect(run.stderr).toContain('"event":"llm-fallback"');
  expect(run.stderr).toContain('"msg":"question answered"');
  expect(run.stderr).not.toContain(QUESTION.slice(0, 10));
  expect(run.stderr).not.toContain(doc.answer.slice(0, 12));
  expect(run.stderr).not.toMatch(/unsettled|Warning: Detected/i);
  return doc;
}

describe("alubot ask --json (built CLI) when the LLM fails", () => {
  it("answers with the LLM when it behaves (control: the subprocess really uses the fake)", async () => {
    reply = (body) => compromisedReply({ kind: "honest" }, body, corpus, "", false);
    const before = chatCalls();
    const run = await askJson(server.baseURL);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).mode).toBe("llm");
    expect(chatCalls()).toBeGreaterThan(before);
  });

  it("500: retries once, then one offline answer and exit 0", async () => {
    reply = () => ({ status: 500, body: { error: { message: "upstream down" } } });
    const before = chatCalls();
    const run = await askJson(server.baseURL);
    expectOneFallbackAnswer(run);
    expect(chatCalls() - before).toBe(2); // the first try and the guard's one retry, after a backoff
    expect(run.stderr).toContain('"reason":"server-error"');
  });

  it("429 with retry-after: one offline answer and exit 0", async () => {
    reply = () => ({ status: 429, headers: { "retry-after": "1" }, body: { error: { message: "rate limited", type: "rate_limit" } } });
    const before = chatCalls();
    const run = await askJson(server.baseURL);
    expectOneFallbackAnswer(run);
    expect(chatCalls() - before).toBe(2);
    expect(run.stderr).toContain('"reason":"rate-limited"');
  });

  it("connection refused (nothing listens on the port): one offline answer and exit 0", async () => {
    const port = await closedPort();
    const run = await askJson(`http://127.0.0.1:${port}/v1`);
    expectOneFallbackAnswer(run);
  });

  it("a stall past the deadline: the answer comes at the deadline, offline, exit 0", async () => {
    reply = () => ({ delayMs: 15_000, status: 200, body: {} });
    const run = await askJson(server.baseURL, { ALUBOT_REQUEST_DEADLINE_MS: "1500" });
    expectOneFallbackAnswer(run);
    expect(run.ms).toBeLessThan(12_000);
  });

  it("garbage bodies (not JSON, and JSON that is not a completion): one offline answer each, exit 0", async () => {
    for (const garbage of [{ raw: "<html>502 Bad Gateway</html>{{{" }, { body: { hello: "world" } }, { raw: "" }] satisfies FakeResponse[]) {
      reply = () => garbage;
      expectOneFallbackAnswer(await askJson(server.baseURL));
    }
  });
});
