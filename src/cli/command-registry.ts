import type { CliCommand } from "./cli-command.js";
import { askCommand } from "./commands/ask-command.js";
import { chatCommand } from "./commands/chat-command.js";
import { checkCommand } from "./commands/check-command.js";
import { clauseCommand } from "./commands/clause-command.js";
import { clausesCommand } from "./commands/clauses-command.js";
import { departmentsCommand } from "./commands/departments-command.js";
import { registerCommandsCommand } from "./commands/register-commands-command.js";
import { startCommand } from "./commands/start-command.js";
import { exportCommand } from "./commands/export-command.js";
import { indexCommand } from "./commands/index-command.js";
import { migrateStoreCommand } from "./commands/migrate-store-command.js";
import { retrieveCommand } from "./commands/retrieve-command.js";
import { targetsCommand } from "./commands/targets-command.js";

/** Every CLI subcommand, in the order `alubot help` lists them. */
export function listCommands(): CliCommand[] {
  return [
    askCommand, chatCommand, clausesCommand, clauseCommand, departmentsCommand, targetsCommand, checkCommand,
    retrieveCommand, indexCommand, exportCommand, migrateStoreCommand, startCommand, registerCommandsCommand,
  ];
}
