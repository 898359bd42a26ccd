import type { EngineIntent } from "../../engine/engine.js";

export interface SlashRequest {
  /** undefined = the engine decides, as for a message: a pending check is continued. */
  intent: EngineIntent | undefined;
  text: string;
}

const SUBCOMMANDS: Record<string, EngineIntent> = {
  ask: "ask",
  clause: "clause",
  check: "check",
  departments: "departments",
  targets: "targets",
  help: "help",
  new: "reset",
  reset: "reset",
};

/**
 * `/alubot <subcommand> <rest>`. Anything that does not start with a known subcommand is read like a
 * message — so `/alubot 有产能指标，置换方案已经公告了` answers the check that asked, and
 * `/alubot 再生铝项目有什么要求` is a question. `ask` forces a question (out of a pending check);
 * `new` starts over; an empty command shows help.
 */
export function parseSlashCommand(raw: string): SlashRequest {
  const text = raw.trim();
  if (!text) return { intent: "help", text: "" };
  const [first = "", ...rest] = text.split(/\s+/);
  const intent = SUBCOMMANDS[first.toLowerCase()];
  if (!intent) return { intent: undefined, text };
  return { intent, text: rest.join(" ") };
}
