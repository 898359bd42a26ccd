import { SocketModeReceiver, type App as BoltApp } from "@slack/bolt";
import type { ReadinessSwitch } from "../../observability/readiness.js";

/**
 * Slack Socket Mode: ready while the websocket is connected (Slack sent hello), not ready while it
 * reconnects. Bolt keeps its receiver private; it is reached by name and checked with instanceof,
 * so a Bolt that renames it degrades to "ready once started" instead of failing — and the readiness
 * test, which drops the socket and expects 503, catches that.
 */
export function watchSlackSocket(app: BoltApp, readiness: ReadinessSwitch): void {
  const receiver = (app as unknown as { receiver?: unknown }).receiver;
  if (!(receiver instanceof SocketModeReceiver)) return;
  receiver.client.on("connected", () => readiness.set(true));
  for (const event of ["reconnecting", "disconnecting", "disconnected"]) receiver.client.on(event, () => readiness.set(false));
}
