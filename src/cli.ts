#!/usr/bin/env node
import { Console } from "node:console";
import { runCli } from "./cli/run-cli.js";

// stdout carries only the command's result. Our own logs go to stderr already; this also moves any
// console.log/info/debug a library might emit (LangChain, discord.js warnings) off stdout, so
// `alubot ask --json … | jq` can never see a stray line.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

const code = await runCli(process.argv.slice(2), {
  io: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
});
process.exitCode = code;
