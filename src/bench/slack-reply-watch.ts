import { APOLOGY_TEXT } from "../adapters/adapter-logger.js";
import type { FakeSlackWebApi, SlackCall } from "../adapters/slack/testing/fake-slack-web-api.js";

/** How one thread's exchange ended, as seen by the fake Web API. */
export type ReplyArrival = { kind: "answer" | "apology"; atMs: number } | { kind: "lost" };

export interface SlackReplyWatch {
  /** Starts waiting for the final reply in `channel`; resolves with "lost" after `timeoutMs`. */
  expect(channel: string, timeoutMs: number): Promise<ReplyArrival>;
  /** Stops waiting (the request itself failed, so no reply is coming). */
  cancel(channel: string): void;
  stop(): void;
}

/**
 * Watches the fake Web API for the bot's final reply per channel (the bench gives every event its own
 * channel). The adapter posts a "thinking" placeholder, then edits it into the answer and posts any
 * continuation messages; the feedback buttons (an `actions` block) ride on the last message, so the
 * first chat.update/chat.postMessage carrying them is the final reply. An apology ends it too.
 */
export function watchSlackReplies(fake: FakeSlackWebApi, now: () => number): SlackReplyWatch {
  const waiting = new Map<string, { resolve(a: ReplyArrival): void; timer: NodeJS.Timeout }>();
  const settle = (channel: string, arrival: ReplyArrival) => {
    const w = waiting.get(channel);
    if (!w) return;
    clearTimeout(w.timer);
    waiting.delete(channel);
    w.resolve(arrival);
  };
  const unsubscribe = fake.onCall((call) => {
    const kind = classify(call);
    if (kind) settle(String(call.body.channel), { kind, atMs: now() });
  });
  return {
    expect(channel, timeoutMs) {
      return new Promise<ReplyArrival>((resolve) => {
        const timer = setTimeout(() => settle(channel, { kind: "lost" }), timeoutMs);
        waiting.set(channel, { resolve, timer });
      });
    },
    cancel: (channel) => settle(channel, { kind: "lost" }),
    stop() {
      unsubscribe();
      for (const channel of [...waiting.keys()]) settle(channel, { kind: "lost" });
    },
  };
}

function classify(call: SlackCall): "answer" | "apology" | null {
  if (call.method !== "chat.update" && call.method !== "chat.postMessage") return null;
  if (call.body.text === APOLOGY_TEXT) return "apology";
  const blocks: unknown = call.body.blocks;
  return Array.isArray(blocks) && blocks.some((b) => (b as { type?: unknown }).type === "actions") ? "answer" : null;
}
