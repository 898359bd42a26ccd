import { randomUUID } from "node:crypto";
import type { Citation } from "../reply/reply-schema.js";

/** What a feedback or "publish" button refers to. */
export interface RememberedAnswer {
  question: string;
  answer: string;
  citations: Citation[];
  channelId: string | null;
  /** Platform-specific payload to re-post (e.g. Slack blocks), opaque here. */
  rendered?: unknown;
}

export interface RecentAnswers {
  /** Stores the answer and returns the short key a button carries (button values are size-limited). */
  remember(answer: RememberedAnswer): string;
  get(key: string): RememberedAnswer | undefined;
}

/** Bounded in-memory map: buttons on answers older than the window still work, with less context. */
export function createRecentAnswers(max = 2000): RecentAnswers {
  const map = new Map<string, RememberedAnswer>();
  return {
    remember(answer) {
      const key = randomUUID();
      map.set(key, answer);
      while (map.size > max) map.delete(map.keys().next().value!);
      return key;
    },
    get: (key) => map.get(key),
  };
}
