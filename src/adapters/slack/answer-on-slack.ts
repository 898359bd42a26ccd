import type { RespondArguments, webApi } from "@slack/bolt";
import type { EngineInput } from "../../engine/engine.js";
import type { Reply } from "../../reply/reply-schema.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import { isNoticeReply } from "../is-notice-reply.js";
import { lookupCheckChoices, rememberAnswer, type Delivery } from "../stored-answer.js";
import { renderBlocks, type SlackMessage } from "./render-blocks.js";
import { respondViaUrl } from "./respond-via-url.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

export const THINKING_TEXT = "🤔 正在查阅文件，请稍候…";
/** The assistant view shows this under the thread while the answer is produced (it replaces the placeholder). */
export const ASSISTANT_STATUS = "正在查阅文件…";

export type SlackDelivery = Extract<Delivery, { kind: `slack-${string}` }>;

export interface SlackReplyTarget {
  client: webApi.WebClient;
  delivery: SlackDelivery;
  /** Ephemeral deliveries: the command's or action's respond(); else the stored response_url or chat.postEphemeral. */
  respond?: (message: RespondArguments) => Promise<unknown>;
  /** Assistant threads: Bolt's setStatus for this thread (falls back to the Web API method). */
  setStatus?: (status: string) => Promise<unknown>;
}

/**
 * Asks the engine and delivers the reply where the conversation lives: a "thinking" placeholder (or
 * the assistant status) first, then the answer with buttons whose payload is stored, not held in
 * memory. Any failure is logged with context and becomes a short apology; nothing escapes.
 */
export async function answerOnSlack(deps: SlackAdapterDeps, target: SlackReplyTarget, input: EngineInput): Promise<Reply | null> {
  const logContext = { platform: "slack", channel: target.delivery.channel, conversationId: input.conversationId, delivery: target.delivery.kind };
  let placeholderTs: string | undefined;
  try {
    placeholderTs = await showWorking(deps, target, logContext);
    const reply = await deps.engine.handle(input);
    const messages = await renderWithButtons(deps, target.delivery, input, reply);
    await postMessages(target, messages, placeholderTs);
    deps.logger.info({ ...logContext, kind: reply.kind, messages: messages.length }, "slack: answered");
    return reply;
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "slack: failed to answer");
    await apologize(deps, target, placeholderTs, logContext);
    return null;
  }
}

/** Renders the reply; its buttons carry the id of the stored answer (no buttons if storing failed). */
async function renderWithButtons(deps: SlackAdapterDeps, delivery: SlackDelivery, input: EngineInput, reply: Reply): Promise<SlackMessage[]> {
  if (isNoticeReply(reply)) return renderBlocks(reply);
  try {
    const check = await lookupCheckChoices(deps.conversations, input.conversationId, reply);
    const key = await rememberAnswer(deps.buttonPayloads, {
      v: 1, question: input.text, askerId: input.userId, conversationId: input.conversationId, channelId: input.channelId ?? null,
      reply, check, delivery,
    });
    return renderBlocks(reply, {
      feedbackKey: key,
      ...(delivery.kind === "slack-ephemeral" ? { publishKey: key } : {}),
      ...(check ? { check: { key, choices: check } } : {}),
    });
  } catch (err) {
    // The answer is worth more than its buttons.
    deps.logger.error({ platform: "slack", conversationId: input.conversationId, ...describeError(err) }, "slack: could not store button payload");
    return renderBlocks(reply);
  }
}

async function showWorking(deps: SlackAdapterDeps, target: SlackReplyTarget, logContext: object): Promise<string | undefined> {
  const { client, delivery } = target;
  // Best-effort: if the indication fails, the answer is still worth trying.
  try {
    switch (delivery.kind) {
      case "slack-assistant":
        await (target.setStatus ?? ((status: string) => client.assistant.threads.setStatus({ channel_id: delivery.channel, thread_ts: delivery.threadTs, status })))(ASSISTANT_STATUS);
        return undefined;
      case "slack-thread":
        return (await client.chat.postMessage({ channel: delivery.channel, thread_ts: delivery.threadTs, text: THINKING_TEXT })).ts;
      case "slack-dm":
        return (await client.chat.postMessage({ channel: delivery.channel, text: THINKING_TEXT })).ts;
      case "slack-ephemeral":
        return undefined;
    }
  } catch (err) {
    deps.logger.warn({ ...logContext, ...describeError(err) }, "slack: could not show that the bot is working");
    return undefined;
  }
}

/** Posts messages to the delivery; the first replaces the placeholder when there is one. */
export async function postMessages(target: SlackReplyTarget, messages: readonly PlainOrBlocks[], placeholderTs?: string): Promise<void> {
  const { client, delivery } = target;
  for (const [i, m] of messages.entries()) {
    const content = { text: m.text, ...(m.blocks ? { blocks: m.blocks } : {}) };
    if (delivery.kind === "slack-ephemeral") {
      await ephemeral(target)({ response_type: "ephemeral", replace_original: false, ...content });
      continue;
    }
    if (i === 0 && placeholderTs) {
      await client.chat.update({ channel: delivery.channel, ts: placeholderTs, ...content, blocks: m.blocks ?? [] });
      continue;
    }
    const thread = delivery.kind === "slack-dm" ? {} : { thread_ts: delivery.threadTs };
    await client.chat.postMessage({ channel: delivery.channel, ...thread, ...content, unfurl_links: false, unfurl_media: false });
  }
}

/** A rendered message, or a plain one (apologies carry no blocks). */
type PlainOrBlocks = Pick<SlackMessage, "text"> & Partial<Pick<SlackMessage, "blocks">>;

/** How an ephemeral message reaches its user: respond(), a kept response_url, or chat.postEphemeral. */
function ephemeral(target: SlackReplyTarget): (message: RespondArguments) => Promise<unknown> {
  const { delivery, client } = target;
  if (delivery.kind !== "slack-ephemeral") throw new Error("not an ephemeral delivery");
  if (target.respond) return target.respond;
  if (delivery.responseUrl) return respondViaUrl(delivery.responseUrl);
  return (m) => {
    const blocks = "blocks" in m ? m.blocks : undefined;
    return client.chat.postEphemeral({ channel: delivery.channel, user: delivery.user, text: m.text ?? "", ...(blocks ? { blocks } : {}) });
  };
}

async function apologize(deps: SlackAdapterDeps, target: SlackReplyTarget, placeholderTs: string | undefined, logContext: object): Promise<void> {
  try {
    await postMessages(target, [{ text: APOLOGY_TEXT }], placeholderTs);
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "slack: could not deliver apology either");
  }
}
