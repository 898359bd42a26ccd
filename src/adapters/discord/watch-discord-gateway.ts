import { Events, type Client } from "discord.js";
import type { ReadinessSwitch } from "../../observability/readiness.js";

/** Discord: ready while the gateway session is ready or resumed; not ready from a disconnect until then. */
export function watchDiscordGateway(client: Client, readiness: ReadinessSwitch): void {
  for (const event of [Events.ShardReady, Events.ShardResume] as const) client.on(event, () => readiness.set(true));
  for (const event of [Events.ShardDisconnect, Events.ShardReconnecting, Events.Invalidated] as const) client.on(event, () => readiness.set(false));
}
