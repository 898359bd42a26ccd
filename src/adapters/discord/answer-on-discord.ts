import type { APIActionRowComponent, APIButtonComponentWithCustomId } from "discord.js";
import type { EngineInput } from "../../engine/engine.js";
import type { Reply } from "../../reply/reply-schema.js";
import { describeError } from "../adapter-logger.js";
import { isNoticeReply } from "../is-notice-reply.js";
import { describeCheckButtons, lookupCheckChoices, rememberAnswer, type StoredAnswer } from "../stored-answer.js";
import { truncateText } from "../split-text.js";
import type { DiscordAdapterDeps } from "./discord-adapter-deps.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { renderComponents } from "./render-components.js";
import { DISCORD_LIMITS, NO_MENTIONS, renderEmbeds, type DiscordReplyPayload } from "./render-embeds.js";

export interface DiscordMessagePayload extends DiscordReplyPayload {
  content?: string;
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

export interface DiscordDelivery {
  channelId: string;
  /** Slash commands and the context menu answer privately, with a 公开 button. */
  ephemeral: boolean;
}

/** Asks the engine; the reply's last message carries the buttons, whose payload is stored (not in memory). */
export async function produceDiscordReply(deps: DiscordAdapterDeps, input: EngineInput, delivery: DiscordDelivery): Promise<{ reply: Reply; payloads: DiscordMessagePayload[] }> {
  const reply = await deps.engine.handle(input);
  const payloads: DiscordMessagePayload[] = renderEmbeds(reply);
  if (isNoticeReply(reply)) return { reply, payloads };
  try {
    const check = await lookupCheckChoices(deps.conversations, input.conversationId, reply);
    const key = await rememberAnswer(deps.buttonPayloads, {
      v: 1, question: input.text, askerId: input.userId, conversationId: input.conversationId, channelId: input.channelId ?? null,
      reply, check, delivery: { kind: "discord", ...delivery },
    });
    const last = payloads[payloads.length - 1]!;
    last.components = renderComponents({ key, check, publish: delivery.ephemeral });
    if (check) last.content = escapeDiscordMarkdown(describeCheckButtons(check));
  } catch (err) {
    // The answer is worth more than its buttons.
    deps.logger.error({ platform: "discord", conversationId: input.conversationId, ...describeError(err) }, "discord: could not store button payload");
  }
  return { reply, payloads };
}

const DISCORD_USER_ID = /^\d{15,22}$/;

/** A stored answer as posted by 公开: who asked what above it, 👍/👎 below, nobody pinged. */
export function renderPublished(stored: StoredAnswer, key: string): DiscordMessagePayload[] {
  const payloads: DiscordMessagePayload[] = renderEmbeds(stored.reply);
  const who = DISCORD_USER_ID.test(stored.askerId) ? `<@${stored.askerId}>` : "有人";
  payloads[0]!.content = truncateText(`${who} 问：${escapeDiscordMarkdown(stored.question)}`, DISCORD_LIMITS.content);
  payloads[payloads.length - 1]!.components = renderComponents({ key, publish: false });
  return payloads.map((p) => ({ ...p, allowedMentions: NO_MENTIONS }));
}
