import { Events, type Client } from "discord.js";
import { describeError } from "../adapter-logger.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { handleAutocomplete } from "./handle-autocomplete.js";
import { handleButton } from "./handle-buttons.js";
import { handleCommand } from "./handle-commands.js";
import { handleMessage } from "./handle-messages.js";
import { handleModalSubmit } from "./handle-modals.js";

/**
 * Mentions, DMs and thread follow-ups → replies; slash commands and the 问 alubot context menu →
 * private answers; buttons and modals → feedback, 公开 and check answers; /clause autocomplete.
 */
export function registerDiscordHandlers(client: Client, deps: DiscordAdapterDeps): void {
  // Listener bodies are wrapped: a throw in an async listener would become an unhandled rejection.
  const guarded = (what: string, task: () => Promise<void>) =>
    deps.inFlight.run(task).catch((err: unknown) => deps.logger.error({ platform: "discord", ...describeError(err) }, `discord: ${what} failed`));
  client.on(Events.MessageCreate, (message) => void guarded("message", () => handleMessage(client, deps, message)));
  client.on(Events.InteractionCreate, (interaction) => {
    // Autocomplete must be answered within 3 s and is cheap: not queued behind answers in flight.
    if (interaction.isAutocomplete()) return void handleAutocomplete(deps, interaction);
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) return void guarded("command", () => handleCommand(client, deps, interaction));
    if (interaction.isButton()) return void guarded("button", () => handleButton(deps, interaction));
    if (interaction.isModalSubmit()) return void guarded("modal", () => handleModalSubmit(deps, interaction));
  });
}
