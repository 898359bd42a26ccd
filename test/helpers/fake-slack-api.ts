import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export interface SlackCall {
  method: string;
  body: Record<string, any>;
}

export interface FakeSlackApi {
  /** Web API base for SLACK_API_URL, ending in /api/. */
  apiUrl: string;
  /** Base for response_url values; POSTs there are recorded under method `respond:<id>`. */
  responseUrl(id: string): string;
  calls: SlackCall[];
  callsTo(method: string): SlackCall[];
  /** Makes the next `count` calls to `method` fail with the given HTTP status (or Slack error). */
  failNext(method: string, count: number, failure: { status?: number; error?: string }): void;
  waitForCall(method: string, predicate?: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /** Socket Mode: resolves once a client has connected and received hello. */
  socketConnected(): Promise<void>;
  /** Socket Mode: sends an envelope and resolves with the client's ack payload. */
  sendEnvelope(type: "events_api" | "slash_commands" | "interactive", payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export const FAKE_BOT_USER_ID = "UBOT";
export const FAKE_TEAM_ID = "T0001";

/** A loopback Slack: Web API methods, response_url endpoints and a Socket Mode websocket. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: SlackCall[] = [];
  const failures = new Map<string, { count: number; status?: number; error?: string }[]>();
  let seq = 1000;
  const sockets = new Set<WebSocket>();
  let onSocket: (() => void) | undefined;
  const acks = new Map<string, (payload: unknown) => void>();

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://x");
    const method = url.pathname.startsWith("/respond/") ? `respond:${url.pathname.slice(9)}` : url.pathname.replace(/^\/api\//, "");
    const body = parseBody(raw, req.headers["content-type"] ?? "");
    calls.push({ method, body });
    const queue = failures.get(method);
    const failure = queue?.[0];
    if (failure) {
      if (--failure.count <= 0) queue!.shift();
      if (failure.status) {
        res.writeHead(failure.status, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: "fake_failure" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: failure.error ?? "internal_error" }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer(method, body)));
  });

  const answer = (method: string, body: Record<string, any>): unknown => {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://fake.slack/", team: "测试团队", user: "alubot", team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: "BBOT" };
      case "chat.postMessage":
        return { ok: true, channel: body.channel, ts: `${++seq}.000100`, message: { text: body.text } };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/socket` };
      default:
        return { ok: true };
    }
  };

  const wss = new WebSocketServer({ server, path: "/socket" });
  wss.on("connection", (ws) => {
    sockets.add(ws);
    ws.on("close", () => sockets.delete(ws));
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload ?? null);
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake", approximate_connection_time: 3600 }, connection_info: { app_id: "A0001" } }));
    onSocket?.();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  let envelopeSeq = 0;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id) => `http://127.0.0.1:${port}/respond/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, count, failure) {
      failures.set(method, [...(failures.get(method) ?? []), { count, ...failure }]);
    },
    async waitForCall(method, predicate = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = calls.find((c) => c.method === method && predicate(c));
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`fake slack: no ${method} call within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    socketConnected: () => (sockets.size ? Promise.resolve() : new Promise<void>((resolve) => (onSocket = resolve))),
    sendEnvelope(type, payload) {
      const envelope_id = `env-${++envelopeSeq}`;
      const ws = [...sockets][0];
      if (!ws) return Promise.reject(new Error("fake slack: no socket connected"));
      const acked = new Promise<unknown>((resolve) => acks.set(envelope_id, resolve));
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== "events_api", retry_attempt: 0, retry_reason: "" }));
      return acked;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

/** The Web API client posts form fields (JSON-encoding objects like blocks); respond() posts JSON. */
function parseBody(raw: string, contentType: string): Record<string, any> {
  if (!raw) return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, any>;
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}
