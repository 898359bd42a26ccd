import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { renderTerminalReply } from "../../adapters/terminal/render-terminal-reply.js";
import type { Engine } from "../../engine/engine.js";
import type { Reply } from "../../reply/reply-schema.js";
import type { CliCommand } from "../cli-command.js";
import { CliUsageError } from "../cli-usage-error.js";
import { writeJson, writeLine } from "../write-output.js";

/**
 * The JSON shape of `alubot ask --json` (issue 4 item 6): the Reply without its layout fields. A turn
 * that is part of (or ends) a project check also carries its `report` – the same object `check --json`
 * prints – so a program can read the verdict.
 */
export function toAskJson(reply: Reply) {
  const { answer, citations, departments, outOfScope, mode, followUps, conversationId, report } = reply;
  return { answer, citations, departments, outOfScope, mode, followUps, conversationId, ...(report ? { report } : {}) };
}

export const askCommand: CliCommand = {
  name: "ask",
  needsDataDir: true,
  summary: "用中文提问，回答附条款出处（如〔三（四）〕）；--jsonl 从标准输入逐行批量提问",
  usage: 'alubot ask [--json] [--conversation ID] "<问题>"   |   alubot ask --jsonl < questions.txt',
  options: { conversation: { type: "string" }, jsonl: { type: "boolean" } },
  async run({ app, positionals, options, json, io }) {
    // Loaded up front: a bad --corpus is a clear "错误：…" with exit 1, not an apology posing as an answer.
    app.corpus();
    const engine = app.engine();
    if (options.jsonl === true) return runJsonl(engine, io.stdin, io.stdout);
    const question = positionals.join(" ").trim();
    if (!question) throw new CliUsageError('请给出问题，例如：alubot ask "到2027年再生铝占比目标是多少？"');
    const conversationId = typeof options.conversation === "string" && options.conversation.trim() ? options.conversation.trim() : `cli-${randomUUID()}`;
    const reply = await engine.handle({ text: question, conversationId, userId: "cli", platform: "cli" });
    if (json) writeJson(io.stdout, toAskJson(reply));
    else writeLine(io.stdout, renderTerminalReply(reply));
    return reply.kind === "error" ? 1 : 0;
  },
};

/**
 * Exactly one reply JSON line per stdin line, in order, so output line N always answers input line N
 * (a blank line gets the engine's "please ask a question" notice, not silence). Each line is its own
 * conversation so lines never influence each other. A line may also be a JSON object with a
 * "question" field (eval-set lines).
 */
async function runJsonl(engine: Engine, stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream): Promise<number> {
  const rl = createInterface({ input: stdin, terminal: false, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    const line = raw.trim();
    n++;
    const question = readQuestion(line);
    const reply = await engine.handle({ text: question, conversationId: `jsonl-${n}-${randomUUID()}`, userId: "cli", platform: "cli" });
    stdout.write(`${JSON.stringify(toAskJson(reply))}\n`);
  }
  return 0;
}

function readQuestion(line: string): string {
  if (!line.startsWith("{")) return line;
  try {
    const obj = JSON.parse(line) as { question?: unknown };
    return typeof obj.question === "string" ? obj.question : line;
  } catch {
    return line;
  }
}
