#!/usr/bin/env node
import { runCli } from "./cli/run-cli.js";

const code = await runCli(process.argv.slice(2), {
  io: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
});
process.exitCode = code;
