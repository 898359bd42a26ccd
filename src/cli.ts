#!/usr/bin/env node
import { Console } from "node:console";
import { enableCompileCache } from "./cli/enable-compile-cache.js";

// stdout carries only the command's result. Our own logs go to stderr already; this also moves any
// console.log/info/debug a library might emit (LangChain, discord.js warnings) off stdout, so
// `alubot ask --json … | jq` can never see a stray line.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

// A reader that stops early (`alubot clause 3.4 | head -1`) closes the pipe: that is the reader's choice,
// not a failure, so the command ends quietly instead of crashing on the unhandled EPIPE.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

// Before anything else is loaded: a static import would be compiled before the cache is on.
enableCompileCache();
const { runCli } = await import("./cli/run-cli.js");

const code = await runCli(process.argv.slice(2), {
  io: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
});
process.exitCode = code;
