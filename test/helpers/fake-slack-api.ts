import { WebSocketServer, type WebSocket } from "ws";
import { startFakeSlackWebApi, type FakeSlackWebApi } from "../../src/adapters/slack/testing/fake-slack-web-api.js";

export { FAKE_BOT_USER_ID, FAKE_TEAM_ID, type SlackCall } from "../../src/adapters/slack/testing/fake-slack-web-api.js";

/** The shared fake Web API plus a Socket Mode websocket (kept here: `ws` is a devDependency). */
export interface FakeSlackApi extends FakeSlackWebApi {
  /** Socket Mode: resolves once `count` clients in all have connected (a restarted app is the second). */
  socketConnected(count?: number): Promise<void>;
  /** Socket Mode: drops every connected socket (a network blip); the client reconnects by itself. */
  dropSockets(): void;
  /** Socket Mode: sends an envelope and resolves with the client's ack payload (`retryAttempt` as Slack numbers redeliveries). */
  sendEnvelope(type: "events_api" | "slash_commands" | "interactive", payload: unknown, options?: { retryAttempt?: number; retryReason?: string }): Promise<unknown>;
}

/** A loopback Slack: Web API methods, response_url endpoints and a Socket Mode websocket on one port. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const api = await startFakeSlackWebApi();
  const sockets = new Set<WebSocket>();
  let connections = 0;
  const onSocket = new Set<() => void>();
  const acks = new Map<string, (payload: unknown) => void>();
  let envelopeSeq = 0;

  const wss = new WebSocketServer({ server: api.server, path: "/socket" });
  wss.on("connection", (ws) => {
    connections++;
    sockets.add(ws);
    ws.on("close", () => sockets.delete(ws));
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload ?? null);
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake", approximate_connection_time: 3600 }, connection_info: { app_id: "A0001" } }));
    for (const listener of [...onSocket]) listener();
  });

  return {
    ...api,
    socketConnected: (count = 1) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (connections < count) return;
          onSocket.delete(check);
          resolve();
        };
        onSocket.add(check);
        check();
      }),
    dropSockets() {
      for (const ws of sockets) ws.terminate();
    },
    sendEnvelope(type, payload, options = {}) {
      const envelope_id = `env-${++envelopeSeq}`;
      // The newest connection: after a restart the old socket may still be closing.
      const ws = [...sockets].at(-1);
      if (!ws) return Promise.reject(new Error("fake slack: no socket connected"));
      const acked = new Promise<unknown>((resolve) => acks.set(envelope_id, resolve));
      ws.send(JSON.stringify({
        envelope_id, type, payload, accepts_response_payload: type !== "events_api",
        retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? "",
      }));
      return acked;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await api.close();
    },
  };
}
