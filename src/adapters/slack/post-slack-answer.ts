import type { webApi } from "@slack/bolt";
import type { EngineInput } from "../../engine/engine.js";
import { APOLOGY_TEXT, describeError } from "../adapter-logger.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";
import { renderBlocks } from "./render-blocks.js";

export const THINKING_TEXT = "🤔 正在查阅文件，请稍候…";

export interface ThreadTarget {
  client: webApi.WebClient;
  channel: string;
  threadTs: string;
}

/**
 * Answers in a thread: a placeholder shows the bot is working, then becomes the answer. Any API or
 * engine failure is logged with context and turned into a short apology; nothing escapes.
 */
export async function postSlackAnswer(deps: SlackAdapterDeps, target: ThreadTarget, input: EngineInput): Promise<void> {
  const { client, channel, threadTs } = target;
  const logContext = { platform: "slack", channel, conversationId: input.conversationId };
  let placeholderTs: string | undefined;
  try {
    // The thinking indication is best-effort: if it fails, the answer is still worth trying.
    try {
      const res = await client.chat.postMessage({ channel, thread_ts: threadTs, text: THINKING_TEXT });
      placeholderTs = res.ts;
    } catch (err) {
      deps.logger.warn({ ...logContext, ...describeError(err) }, "slack: could not post thinking placeholder");
    }
    const reply = await deps.engine.handle(input);
    const key = deps.recentAnswers.remember({
      question: input.text, answer: reply.answer, citations: reply.citations, channelId: channel, rendered: reply,
    });
    const messages = renderBlocks(reply, { feedbackKey: key });
    for (const [i, m] of messages.entries()) {
      if (i === 0 && placeholderTs) await client.chat.update({ channel, ts: placeholderTs, text: m.text, blocks: m.blocks });
      else await client.chat.postMessage({ channel, thread_ts: threadTs, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
    }
    deps.logger.info({ ...logContext, kind: reply.kind, messages: messages.length }, "slack: answered");
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "slack: failed to answer");
    await apologize(deps, target, placeholderTs, logContext);
  }
}

async function apologize(deps: SlackAdapterDeps, target: ThreadTarget, placeholderTs: string | undefined, logContext: object): Promise<void> {
  try {
    if (placeholderTs) await target.client.chat.update({ channel: target.channel, ts: placeholderTs, text: APOLOGY_TEXT, blocks: [] });
    else await target.client.chat.postMessage({ channel: target.channel, thread_ts: target.threadTs, text: APOLOGY_TEXT });
  } catch (err) {
    deps.logger.error({ ...logContext, ...describeError(err) }, "slack: could not deliver apology either");
  }
}
