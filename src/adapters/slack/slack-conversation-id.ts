/*
 * Conversation ids name where a Slack conversation lives, so a follow-up, a button press or a slash
 * command finds the same history and the same pending check again.
 */

/** A channel thread, or an assistant thread: the thread's root ts names it. */
export function slackThreadConversationId(teamId: string | undefined, channel: string, threadTs: string): string {
  return `slack:${teamId ?? "-"}/${channel}/${threadTs}`;
}

/** The top level of a DM is one conversation (until 重新开始 or /alubot new). */
export function slackDmConversationId(teamId: string | undefined, channel: string): string {
  return `slack:${teamId ?? "-"}/${channel}`;
}

export function isDmChannel(channel: string): boolean {
  return channel.startsWith("D");
}

/**
 * Slash commands have no thread: one conversation per user per channel keeps a check's state between
 * `/alubot check …` and `/alubot <answer>`. In a DM, the command joins the DM's one conversation.
 */
export function slackCommandConversationId(teamId: string | undefined, channel: string, user: string): string {
  return isDmChannel(channel) ? slackDmConversationId(teamId, channel) : `slack:${teamId ?? "-"}/${channel}/cmd:${user}`;
}
