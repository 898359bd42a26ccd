import type { EngineIntent } from "../../engine/engine.js";

export interface SlashRequest {
  intent: EngineIntent;
  text: string;
}

const SUBCOMMANDS: Record<string, EngineIntent> = {
  ask: "ask",
  clause: "clause",
  check: "check",
  departments: "departments",
  targets: "targets",
  help: "help",
};

/**
 * `/alubot <subcommand> <rest>`. Anything that does not start with a known subcommand is a question,
 * so `/alubot 再生铝项目有什么要求` works without typing `ask`; an empty command shows help.
 */
export function parseSlashCommand(raw: string): SlashRequest {
  const text = raw.trim();
  if (!text) return { intent: "help", text: "" };
  const [first = "", ...rest] = text.split(/\s+/);
  const intent = SUBCOMMANDS[first.toLowerCase()];
  if (!intent) return { intent: "ask", text };
  return { intent, text: rest.join(" ") };
}
