import { REST, Routes } from "discord.js";
import type { DiscordConfig } from "../../config/app-config.js";
import { buildCommandDefinitions } from "./command-definitions.js";

export interface RegisterResult {
  scope: "guild" | "global";
  names: string[];
}

/**
 * Replaces the application's slash commands with ours in one PUT (idempotent): guild-scoped when a
 * guild id is configured (visible at once, good for testing), otherwise global.
 */
export async function registerDiscordCommands(config: DiscordConfig, options: { retries?: number; timeoutMs?: number } = {}): Promise<RegisterResult> {
  const rest = new REST({
    ...(config.apiUrl ? { api: config.apiUrl } : {}),
    retries: options.retries ?? 2,
    timeout: options.timeoutMs ?? 15_000,
  }).setToken(config.token);
  const body = buildCommandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body });
  return { scope: config.guildId ? "guild" : "global", names: body.map((c) => c.name) };
}
