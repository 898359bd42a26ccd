import type { Reply } from "../reply/reply-schema.js";

export interface CheckInput {
  /** The user's message: a project description, or an answer to the checker's last question. */
  text: string;
  /** The partially filled profile kept between turns; null on a fresh check. */
  pending: Record<string, unknown> | null;
}

export interface CheckOutput {
  /** kind "check" with a full report, or "question" while facts are missing. */
  reply: Pick<Reply, "kind" | "answer" | "citations" | "departments" | "followUps" | "report">;
  /** State to keep for the next message; null when the check is complete. */
  pending: Record<string, unknown> | null;
}

/** The project admission checker (issue 5), injected into the engine. */
export interface CheckHandler {
  check(input: CheckInput): Promise<CheckOutput>;
}
