import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { DiscordMessagePayload } from "./answer-on-discord.js";

/**
 * Sends reply payloads on an interaction that was deferred: the first edits the deferred response
 * (or, after deferUpdate, is a new follow-up), the rest follow. Ephemeral follow-ups need the flag
 * on every message; public ones are posted by the interaction's webhook, which needs no channel access.
 */
export async function deliverInteractionReply(
  interaction: RepliableInteraction,
  payloads: readonly DiscordMessagePayload[],
  options: { ephemeral: boolean; editFirst: boolean },
): Promise<void> {
  const flags = options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  for (const [i, p] of payloads.entries()) {
    if (i === 0 && options.editFirst) await interaction.editReply(p);
    else await interaction.followUp({ ...p, ...flags });
  }
}
