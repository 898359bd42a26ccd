import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake answers to one request. `body` is sent as JSON unless `raw` is given. */
export interface FakeResponse {
  status?: number;
  body?: unknown;
  raw?: string;
  delayMs?: number;
  headers?: Record<string, string>;
  /**
   * Only a chat request this accepts takes the reply off the queue (e.g. only the agent's calls, so the
   * profile extractor's call in between is answered by `fallbackChat`). Absent: any chat request does.
   */
  when?: (body: any) => boolean;
}

export interface RecordedRequest {
  path: string;
  body: any;
  headers: IncomingMessage["headers"];
}

export interface FakeOpenAiServer {
  /** Base URL including /v1, as OPENAI_BASE_URL expects. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue replies for /v1/chat/completions, answered in order; when none matches, `fallbackChat` answers. */
  enqueueChat(...responses: FakeResponse[]): void;
  /** Queued replies not yet sent (a scripted run that stopped early leaves some). */
  pending(): number;
  /** Drops queued replies a test left unused. */
  clearQueue(): void;
  /** Bodies of the chat requests received since `from` (an index into `requests`). */
  chatBodies(from?: number): any[];
  close(): Promise<void>;
}

/** A chat completion whose message content is `content` (what a JSON-mode/json_schema reply looks like). */
export function chatContent(content: string): FakeResponse {
  return completion({ role: "assistant", content }, "stop");
}

/** A chat completion that calls one tool with the given JSON arguments (functionCalling method). */
export function chatToolCall(name: string, args: unknown, id = "call_1"): FakeResponse {
  return chatToolCalls([{ name, args, id }]);
}

let callSeq = 0;

/** A chat completion that calls several tools at once (an agent step); ids are unique unless given. */
export function chatToolCalls(calls: { name: string; args: unknown; id?: string }[]): FakeResponse {
  return completion(
    {
      role: "assistant",
      content: null,
      tool_calls: calls.map((c) => ({ id: c.id ?? `call_${++callSeq}`, type: "function", function: { name: c.name, arguments: typeof c.args === "string" ? c.args : JSON.stringify(c.args) } })),
    },
    "tool_calls",
  );
}

/** True for a request of the policy agent (it offers check_project among its tools). */
export function isAgentRequest(body: any): boolean {
  return Array.isArray(body?.tools) && body.tools.some((t: any) => t?.function?.name === "check_project");
}

/** Scripts one agent step: the reply is only taken by an agent request. */
export function agentStep(response: FakeResponse): FakeResponse {
  return { ...response, when: isAgentRequest };
}

function completion(message: unknown, finishReason: string): FakeResponse {
  return {
    body: {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 1,
      model: "fake-model",
      choices: [{ index: 0, message, finish_reason: finishReason }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    },
  };
}

/**
 * An OpenAI-compatible server on 127.0.0.1 for tests: the real @langchain/openai client talks to it
 * over HTTP, so retries, timeouts and parsing are exercised for real. Embeddings are deterministic
 * (character hashing) so dense retrieval through OpenAIEmbeddings can be tested too.
 */
export async function startFakeOpenAiServer(options: {
  fallbackChat?: (body: any) => FakeResponse;
  embeddingDim?: number;
} = {}): Promise<FakeOpenAiServer> {
  const queue: FakeResponse[] = [];
  const requests: RecordedRequest[] = [];
  const dim = options.embeddingDim ?? 64;
  const timers = new Set<NodeJS.Timeout>();

  const server: Server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    let body: any = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = raw;
    }
    const path = (req.url ?? "").replace(/\?.*$/, "");
    requests.push({ path, body, headers: req.headers });

    let reply: FakeResponse;
    if (path.endsWith("/embeddings")) {
      const inputs: string[] = Array.isArray(body?.input) ? body.input : [body?.input ?? ""];
      reply = {
        body: {
          object: "list",
          model: body?.model ?? "fake-embedding",
          data: inputs.map((text, index) => ({ object: "embedding", index, embedding: hashEmbed(String(text), dim) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        },
      };
    } else if (path.endsWith("/chat/completions")) {
      const at = queue.findIndex((r) => !r.when || r.when(body));
      const scripted = at >= 0 ? queue.splice(at, 1)[0] : undefined;
      reply = scripted ?? options.fallbackChat?.(body) ?? { status: 500, body: { error: { message: "no canned reply" } } };
    } else {
      reply = { status: 404, body: { error: { message: "not found" } } };
    }

    const send = () => {
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(reply.raw ?? JSON.stringify(reply.body ?? {}));
    };
    if (reply.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t);
        send();
      }, reply.delayMs);
      timers.add(t);
    } else send();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueueChat: (...r) => void queue.push(...r),
    pending: () => queue.length,
    clearQueue: () => void queue.splice(0),
    chatBodies: (from = 0) => requests.slice(from).filter((r) => r.path.endsWith("/chat/completions")).map((r) => r.body),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hashEmbed(text: string, dim: number): number[] {
  const v = new Array<number>(dim).fill(0);
  for (const ch of text) v[(ch.codePointAt(0) ?? 0) % dim]! += 1;
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}
