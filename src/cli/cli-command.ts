import type { ParseArgsConfig } from "node:util";
import type { App } from "../app/create-app.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export interface CommandContext {
  app: App;
  positionals: string[];
  options: Record<string, string | boolean | (string | boolean)[] | undefined>;
  json: boolean;
  io: CliIo;
}

export interface CliCommand {
  name: string;
  /** One line, Chinese, for `alubot help`. */
  summary: string;
  usage: string;
  options?: OptionSpec;
  /** Writes to the data directory (index cache, stores): it is checked to be writable before run(). */
  needsDataDir?: boolean;
  /** Returns the process exit code. */
  run(ctx: CommandContext): Promise<number>;
}
