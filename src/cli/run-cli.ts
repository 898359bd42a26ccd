import { parseArgs } from "node:util";
import { AppWiringError } from "../app/app-wiring-error.js";
import type { App } from "../app/create-app.js";
import { DataDirError, ensureWritableDataDir } from "../app/ensure-data-dir.js";
import { MetricsServerError } from "../app/metrics-server-error.js";
import { loadConfig, type AppConfig } from "../config/app-config.js";
import { ConfigError } from "../config/config-error.js";
import { CorpusError } from "../corpus/corpus-error.js";
import type { CliCommand, CliIo, OptionSpec } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";
import { commandNames, listCommands, loadCommand } from "./command-registry.js";
import { writeLine } from "./write-output.js";

/** Options accepted before or after any subcommand. */
const GLOBAL_OPTIONS: OptionSpec = {
  corpus: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

export interface RunCliDeps {
  io: CliIo;
  env?: NodeJS.ProcessEnv;
  /** Tests inject an App to avoid reloading the corpus per call. */
  createApp?: (corpusDir: string | undefined) => App;
}

/** Runs one CLI invocation and returns the exit code; never throws. */
export async function runCli(argv: string[], deps: RunCliDeps): Promise<number> {
  const { io } = deps;
  try {
    const name = findSubcommand(argv);
    if (!name || name === "help") {
      writeHelp(io.stdout, await listCommands(), argv);
      return 0;
    }
    const command = await loadCommand(name);
    if (!command) {
      throw new CliUsageError(`未知命令“${name}”。可用命令：${commandNames().join("、")}。运行 alubot help 查看说明。`);
    }
    const rest = argv.filter((a, i) => i !== argv.indexOf(name));
    const { values, positionals } = parseCommandArgs(rest, command);
    if (values.help) {
      writeLine(io.stdout, `${command.summary}\n用法：${command.usage}`);
      return 0;
    }
    const corpusDir = typeof values.corpus === "string" ? values.corpus : undefined;
    // Imported here, not at the top: help and usage errors never load the composition root's graph.
    const app = deps.createApp
      ? deps.createApp(corpusDir)
      : (await import("../app/create-app.js")).createApp(loadCliConfig(command.name, deps.env, corpusDir));
    if (command.needsDataDir) ensureWritableDataDir(app.config.dataDir);
    return await command.run({ app, positionals, options: values, json: values.json === true, io });
  } catch (err) {
    if (isUserFacing(err)) {
      writeLine(io.stderr, `错误：${err.message}`);
      return err instanceof CliUsageError ? 2 : 1;
    }
    writeLine(io.stderr, `内部错误：${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

/** Errors whose message is written for the user (Chinese, no stack): usage errors exit 2, the rest 1. */
function isUserFacing(err: unknown): err is Error {
  return [CliUsageError, CorpusError, ConfigError, AppWiringError, DataDirError, MetricsServerError].some((E) => err instanceof E);
}

/**
 * Logs are for operators: a server (start with Slack/Discord) logs at info, while one-shot commands and
 * the terminal chat stay quiet (warn) so log lines never interleave with answers. ALUBOT_LOG_LEVEL wins.
 */
function loadCliConfig(command: string, env: NodeJS.ProcessEnv | undefined, corpusDir: string | undefined): AppConfig {
  const overrides = corpusDir ? { corpusDir } : {};
  const quiet = loadConfig(env, overrides, { logLevel: "warn" });
  const serving = command === "start" && (quiet.slack !== null || quiet.discord !== null);
  return serving ? loadConfig(env, overrides, { logLevel: "info" }) : quiet;
}

/** The first argument that is neither an option nor the value of a global string option. */
function findSubcommand(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return argv[i + 1];
    if (a.startsWith("-")) {
      if (a === "--corpus") i++;
      continue;
    }
    return a;
  }
  return undefined;
}

function parseCommandArgs(args: string[], command: CliCommand) {
  try {
    return parseArgs({
      args,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const opt = msg.match(/'(-{1,2}[^'\s]+)/)?.[1];
    throw new CliUsageError(`${opt ? `无法识别或缺少取值的选项 ${opt}` : "参数有误"}。\n用法：${command.usage}`);
  }
}

function writeHelp(out: NodeJS.WritableStream, commands: CliCommand[], argv: string[]): void {
  const topic = argv[argv.indexOf("help") + 1];
  const target = commands.find((c) => c.name === topic);
  if (target) {
    writeLine(out, `${target.summary}\n用法：${target.usage}`);
    return;
  }
  writeLine(out, "alubot —— 《关于推进铝产业高质量发展的指导意见》（黔工信〔2024〕10号）政策助手\n");
  writeLine(out, "用法：alubot <命令> [参数] [--corpus 语料文件夹] [--json]\n");
  writeLine(out, "命令：");
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands) writeLine(out, `  ${c.name.padEnd(width)}  ${c.summary}`);
  writeLine(out, "\n运行 alubot help <命令> 查看某个命令的用法。");
}
