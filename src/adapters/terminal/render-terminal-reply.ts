import type { Reply } from "../../reply/reply-schema.js";

/** Plain-text rendering of a Reply for the terminal and the CLI (no colours: output may be piped). */
export function renderTerminalReply(reply: Reply): string {
  const lines = [reply.answer];
  if (reply.mode === "llm-fallback") lines.push("（大模型暂不可用或回答未通过核验，以上为离线回答。）");
  // A refusal already lists its example questions in the answer; do not print them twice.
  const extra = reply.followUps.filter((q) => !reply.answer.includes(q));
  if (extra.length) {
    lines.push("", "您还可以问：");
    for (const q of extra) lines.push(`· ${q}`);
  }
  return lines.join("\n");
}
