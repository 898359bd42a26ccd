import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A loopback stand-in for Slack's Web API, shared by the tests and the load bench (src/ cannot import
 * from test/). Production never imports this module. It uses node:http only: the Socket Mode websocket
 * needs `ws`, a devDependency, so that part is layered on top in test/helpers/fake-slack-api.ts.
 */

export interface SlackCall {
  method: string;
  body: Record<string, any>;
}

export interface FakeSlackWebApi {
  /** Web API base for SLACK_API_URL, ending in /api/. */
  apiUrl: string;
  /** The listening server, so a Socket Mode endpoint can be attached to the same port. */
  server: Server;
  port: number;
  /** Base for response_url values; POSTs there are recorded under method `respond:<id>`. */
  responseUrl(id: string): string;
  calls: SlackCall[];
  callsTo(method: string): SlackCall[];
  /** Calls `listener` for every call as it is received (before it is answered); returns an unsubscribe. */
  onCall(listener: (call: SlackCall) => void): () => void;
  /** Makes the next `count` calls to `method` fail with the given HTTP status (or Slack error). */
  failNext(method: string, count: number, failure: { status?: number; error?: string }): void;
  waitForCall(method: string, predicate?: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  close(): Promise<void>;
}

export const FAKE_BOT_USER_ID = "UBOT";
export const FAKE_TEAM_ID = "T0001";

/** Starts the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeSlackWebApi(): Promise<FakeSlackWebApi> {
  const calls: SlackCall[] = [];
  const listeners = new Set<(call: SlackCall) => void>();
  const failures = new Map<string, { count: number; status?: number; error?: string }[]>();
  let seq = 1000;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://x");
    const method = url.pathname.startsWith("/respond/") ? `respond:${url.pathname.slice(9)}` : url.pathname.replace(/^\/api\//, "");
    const call: SlackCall = { method, body: parseBody(raw, req.headers["content-type"] ?? "") };
    calls.push(call);
    for (const listener of [...listeners]) listener(call);
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
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer(method, call.body)));
  });

  const answer = (method: string, body: Record<string, any>): unknown => {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://fake.slack/", team: "测试团队", user: "alubot", team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: "BBOT" };
      case "chat.postMessage":
        return { ok: true, channel: body.channel, ts: `${++seq}.000100`, message: { text: body.text } };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${++seq}.000200` };
      case "conversations.open":
        // One DM channel per user, named after it, so tests can predict it.
        return { ok: true, channel: { id: `D${String(body.users ?? "").split(",")[0]}` } };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: `V${++seq}`, ...(typeof body.view === "object" ? body.view : {}) } };
      case "apps.connections.open":
        // Where a Socket Mode endpoint attached to `server` listens (see test/helpers/fake-slack-api.ts).
        return { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/socket` };
      default:
        return { ok: true };
    }
  };

  const onCall = (listener: (call: SlackCall) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    server,
    port,
    responseUrl: (id) => `http://127.0.0.1:${port}/respond/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    onCall,
    failNext(method, count, failure) {
      failures.set(method, [...(failures.get(method) ?? []), { count, ...failure }]);
    },
    waitForCall(method, predicate = () => true, timeoutMs = 5000) {
      const matches = (c: SlackCall) => c.method === method && predicate(c);
      const hit = calls.find(matches);
      if (hit) return Promise.resolve(hit);
      // Event-driven rather than polled, so the load bench measures arrival, not a polling interval.
      return new Promise<SlackCall>((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new Error(`fake slack: no ${method} call within ${timeoutMs} ms`));
        }, timeoutMs);
        const off = onCall((c) => {
          if (!matches(c)) return;
          clearTimeout(timer);
          off();
          resolve(c);
        });
      });
    },
    async close() {
      listeners.clear();
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
