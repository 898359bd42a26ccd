import type { Reply } from "../reply/reply-schema.js";

/** An explicit request type, as from a slash command; absent = the intent router decides. */
export type EngineIntent = "ask" | "clause" | "check" | "departments" | "targets" | "help" | "reset";

export interface EngineInput {
  text: string;
  /** Slack thread, Discord channel/thread, terminal session: carries history and check state. */
  conversationId: string;
  userId: string;
  platform: "cli" | "terminal" | "slack" | "discord";
  channelId?: string;
  intent?: EngineIntent;
}

/** The transport-neutral core every adapter calls. It never throws: failures become error replies. */
export interface Engine {
  handle(input: EngineInput): Promise<Reply>;
}
