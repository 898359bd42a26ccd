import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { DiscordConfig } from "../../config/app-config.js";
import { describeError } from "../adapter-logger.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { registerDiscordHandlers } from "./register-discord-handlers.js";
import { NO_MENTIONS } from "./render-embeds.js";

export interface DiscordTransportOptions {
  /** REST retries per request (discord.js also honours rate-limit headers within these bounds). */
  retries?: number;
  timeoutMs?: number;
  drainTimeoutMs?: number;
  /** Run only this shard of `count` (one gateway session); absent = every shard in this process, as before. */
  shard?: { id: number; count: number };
}

export interface DiscordTransport {
  client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<{ botUserId: string }>;
  stop(): Promise<void>;
}

export function createDiscordTransport(config: DiscordConfig, deps: DiscordAdapterDeps, options: DiscordTransportOptions = {}): DiscordTransport {
  const client = new Client({
    // No privileged MessageContent intent: mentions of the bot, replies to it, DMs and interactions
    // carry their text without it, and that is all alubot reads.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(options.shard ? { shards: [options.shard.id], shardCount: options.shard.count } : {}),
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      retries: options.retries ?? 2,
      timeout: options.timeoutMs ?? 15_000,
    },
  });
  registerDiscordHandlers(client, deps);
  client.on(Events.Error, (err) => deps.logger.error({ platform: "discord", ...describeError(err) }, "discord: client error"));
  client.on(Events.ShardDisconnect, () => deps.logger.warn({ platform: "discord" }, "discord: gateway disconnected, reconnecting"));

  let ready = false;
  return {
    client,
    async start() {
      const readyPromise = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
      await client.login(config.token);
      const c = await readyPromise;
      ready = true;
      return { botUserId: c.user.id };
    },
    async stop() {
      await deps.inFlight.drain(options.drainTimeoutMs ?? 10_000);
      // Destroying a client that never became ready can leave it reconnecting forever.
      if (ready) await client.destroy();
      ready = false;
    },
  };
}
