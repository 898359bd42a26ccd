import { REST, Routes } from "discord.js";
import type { DiscordConfig } from "../../config/app-config.js";

/** Discord's recommended total shard count (GET /gateway/bot), what `shards: 'auto'` would use. */
export async function fetchRecommendedShardCount(config: DiscordConfig): Promise<number> {
  const rest = new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}), retries: 2, timeout: 15_000 }).setToken(config.token);
  const info = (await rest.get(Routes.gatewayBot())) as { shards?: number };
  return Math.max(1, Math.floor(info.shards ?? 1));
}
