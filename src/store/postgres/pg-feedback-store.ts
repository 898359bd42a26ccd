import type { FeedbackRecord, FeedbackStore } from "../feedback-store.js";
import { parseCitationsValue } from "../sqlite/parse-citations.js";
import type { PgPool } from "./create-pg-pool.js";

export interface PgFeedbackStore extends FeedbackStore {
  count(): Promise<number>;
  /** Records at or after `since` (ms), oldest first. */
  list(since?: number): Promise<FeedbackRecord[]>;
}

interface FeedbackRow {
  at: number;
  platform: string;
  channel_id: string | null;
  user_hash: string;
  rating: "up" | "down";
  question: string;
  answer: string;
  citations: unknown;
  reason: string | null;
}

export function createPgFeedbackStore(pool: PgPool): PgFeedbackStore {
  return {
    async saveFeedback(r) {
      await pool.query(
        "INSERT INTO feedback (at, platform, channel_id, user_hash, rating, question, answer, citations, reason) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
        [Math.round(r.at), r.platform, r.channelId, r.userHash, r.rating, r.question, r.answer, JSON.stringify(r.citations), r.reason ?? null],
      );
    },
    count: async () => (await pool.query<{ n: number }>("SELECT count(*)::int8 AS n FROM feedback")).rows[0]!.n,
    async list(since = 0) {
      const { rows } = await pool.query<FeedbackRow>(
        "SELECT at, platform, channel_id, user_hash, rating, question, answer, citations, reason FROM feedback WHERE at >= $1 ORDER BY at, id",
        [since],
      );
      return rows.map((row) => ({
        at: row.at,
        platform: row.platform,
        channelId: row.channel_id,
        userHash: row.user_hash,
        rating: row.rating,
        question: row.question,
        answer: row.answer,
        citations: parseCitationsValue(row.citations),
        ...(row.reason !== null ? { reason: row.reason } : {}),
      }));
    },
  };
}
