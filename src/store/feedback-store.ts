import type { Citation } from "../reply/reply-schema.js";

/** A 👍/👎 on one answer, kept with what was asked and answered so reviewers can judge it. */
export interface FeedbackRecord {
  at: number;
  platform: string;
  channelId: string | null;
  /** Hashed, never the raw platform user id. */
  userHash: string;
  rating: "up" | "down";
  question: string;
  answer: string;
  citations: Citation[];
  /** What the user said was wrong, from the prompt a 👎 opens; absent when they gave none. */
  reason?: string;
}

export interface FeedbackStore {
  saveFeedback(record: FeedbackRecord): Promise<void>;
}
