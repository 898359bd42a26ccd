import { WebSocketServer, type WebSocket } from "ws";
import { startFakeSlackWebApi, type FakeSlackWebApi } from "../../src/adapters/slack/testing/fake-slack-web-api.js";

/**
 * The loopback Slack Web API plus a Socket Mode endpoint that keeps each connection apart, so a test
 * can deliver an envelope to one chosen replica (as Slack spreads envelopes over an app's connections)
 * or the same envelope to several (a retry landing on another connection).
 */
export interface FakeSlackSockets extends FakeSlackWebApi {
  /** Resolves once `count` Socket Mode clients are connected. */
  connected(count: number, timeoutMs?: number): Promise<void>;
  /** Sends an envelope (events_api unless told) to connection `index` (connection order) and resolves with its ack. */
  sendTo(index: number, payload: unknown, type?: "events_api" | "interactive"): Promise<void>;
}

export async function startFakeSlackSockets(): Promise<FakeSlackSockets> {
  const api = await startFakeSlackWebApi();
  const sockets: WebSocket[] = [];
  const acks = new Map<string, () => void>();
  let seq = 0;
  const wss = new WebSocketServer({ server: api.server, path: "/socket" });
  wss.on("connection", (ws) => {
    sockets.push(ws);
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string };
      if (msg.envelope_id) acks.get(msg.envelope_id)?.();
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: sockets.length, debug_info: { host: "fake" }, connection_info: { app_id: "A0001" } }));
  });
  return {
    ...api,
    async connected(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (sockets.filter((s) => s.readyState === s.OPEN).length < count) {
        if (Date.now() > deadline) throw new Error(`fake slack: ${count} socket(s) not connected within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    sendTo(index, payload, type = "events_api") {
      const ws = sockets[index];
      if (!ws || ws.readyState !== ws.OPEN) return Promise.reject(new Error(`fake slack: no open socket #${index}`));
      const envelope_id = `env-${++seq}`;
      const acked = new Promise<void>((resolve) => acks.set(envelope_id, resolve));
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== "events_api", retry_attempt: 0, retry_reason: "" }));
      return acked;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await api.close();
    },
  };
}
