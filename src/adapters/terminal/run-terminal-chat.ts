import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Engine, EngineInput } from "../../engine/engine.js";
import { renderTerminalReply } from "./render-terminal-reply.js";

/** The CLI's streams (CliIo satisfies it); a TTY stdin gets a prompt and line-editing history. */
export interface TerminalIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

const GREETING = "铝产业政策助手（《关于推进铝产业高质量发展的指导意见》）。直接输入问题；/clause <条款> 查看原文，/new 开始新对话，/help 查看帮助，/quit 退出。";

/**
 * An interactive chat in the terminal: one conversation per session (follow-ups work), readline
 * history, and the slash commands /clause, /help, /new, /quit. Resolves when input ends or on /quit.
 */
export async function runTerminalChat(engine: Engine, io: TerminalIo): Promise<void> {
  const interactive = (io.stdin as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input: io.stdin, output: interactive ? io.stdout : undefined, terminal: interactive, historySize: 100 });
  const write = (s: string) => io.stdout.write(`${s}\n`);
  let conversationId = `terminal-${randomUUID()}`;
  write(GREETING);
  const prompt = () => {
    if (interactive) {
      rl.setPrompt("问> ");
      rl.prompt();
    }
  };
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    if (/^\/(?:quit|exit|q)$/i.test(line) || line === "退出") break;
    const input: EngineInput = { text: line, conversationId, userId: "terminal", platform: "terminal" };
    const slash = line.match(/^\/(\w+)\s*(.*)$/);
    if (slash) {
      const [, cmd = "", arg = ""] = slash;
      if (cmd === "new") {
        await engine.handle({ ...input, text: "/new", intent: "reset" });
        conversationId = `terminal-${randomUUID()}`;
        write("已开始新的对话。");
        prompt();
        continue;
      }
      if (cmd === "help") input.intent = "help";
      else if (cmd === "clause") {
        if (!arg) {
          write("用法：/clause <条款>，例如 /clause 三（四） 或 /clause 3.4");
          prompt();
          continue;
        }
        Object.assign(input, { text: arg, intent: "clause" });
      } else {
        write(`未知命令 /${cmd}。可用命令：/clause、/help、/new、/quit。`);
        prompt();
        continue;
      }
    }
    const reply = await engine.handle(input);
    write(renderTerminalReply(reply));
    write("");
    prompt();
  }
  rl.close();
}
