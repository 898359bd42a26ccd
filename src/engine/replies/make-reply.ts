import type { Reply } from "../../reply/reply-schema.js";

/** A complete Reply with safe defaults; each builder fills only what it knows. */
export function makeReply(fields: Partial<Reply> & Pick<Reply, "kind" | "answer">): Reply {
  return {
    citations: [],
    departments: [],
    outOfScope: false,
    mode: "offline",
    followUps: [],
    conversationId: null,
    report: null,
    ...fields,
  };
}

export function errorReply(answer: string): Reply {
  return makeReply({ kind: "error", answer });
}
