import type { CliCommand } from "./cli-command.js";

type CommandLoader = () => Promise<CliCommand>;

/**
 * Every CLI subcommand, in the order `alubot help` lists them, each behind a dynamic import: a run
 * loads only the module graph of the command it runs (`alubot clause 3.4` never compiles the terminal
 * chat, the exporters or the PostgreSQL migration). Each entry's name is the command's own `name`
 * (test/cli/command-registry.test.ts checks they agree).
 */
const COMMANDS: readonly (readonly [string, CommandLoader])[] = [
  ["ask", async () => (await import("./commands/ask-command.js")).askCommand],
  ["chat", async () => (await import("./commands/chat-command.js")).chatCommand],
  ["clauses", async () => (await import("./commands/clauses-command.js")).clausesCommand],
  ["clause", async () => (await import("./commands/clause-command.js")).clauseCommand],
  ["departments", async () => (await import("./commands/departments-command.js")).departmentsCommand],
  ["targets", async () => (await import("./commands/targets-command.js")).targetsCommand],
  ["check", async () => (await import("./commands/check-command.js")).checkCommand],
  ["retrieve", async () => (await import("./commands/retrieve-command.js")).retrieveCommand],
  ["index", async () => (await import("./commands/index-command.js")).indexCommand],
  ["export", async () => (await import("./commands/export-command.js")).exportCommand],
  ["migrate-store", async () => (await import("./commands/migrate-store-command.js")).migrateStoreCommand],
  ["start", async () => (await import("./commands/start-command.js")).startCommand],
  ["register-commands", async () => (await import("./commands/register-commands-command.js")).registerCommandsCommand],
];

export function commandNames(): string[] {
  return COMMANDS.map(([name]) => name);
}

/** The named command's module, loaded now; undefined for an unknown name. */
export function loadCommand(name: string): Promise<CliCommand> | undefined {
  return COMMANDS.find(([n]) => n === name)?.[1]();
}

/** Every command, loaded (for `alubot help`, which prints each one's summary). */
export function listCommands(): Promise<CliCommand[]> {
  return Promise.all(COMMANDS.map(([, load]) => load()));
}
