import type { AutocompleteInteraction } from "discord.js";
import { describeError } from "../adapter-logger.js";
import { suggestClauses } from "./clause-autocomplete.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";

/** /clause: the parsed clause list filtered by what is typed so far. */
export async function handleAutocomplete(deps: DiscordAdapterDeps, interaction: AutocompleteInteraction): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const choices = interaction.commandName === "clause" && focused.name === "clause" ? suggestClauses(deps.catalog.clauses, String(focused.value)) : [];
    await interaction.respond(choices);
  } catch (err) {
    deps.logger.warn({ platform: "discord", ...describeError(err) }, "discord: autocomplete failed");
  }
}
