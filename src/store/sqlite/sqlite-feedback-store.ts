import type { Database } from "better-sqlite3";
import type { FeedbackRecord, FeedbackStore } from "../feedback-store.js";
import { parseCitations } from "./parse-citations.js";

export interface SqliteFeedbackStore extends FeedbackStore {
  count(): number;
  /** Records at or after `since` (ms), oldest first: for review and for tests reading back what was stored. */
  list(since?: number): FeedbackRecord[];
}

interface FeedbackRow {
  at: number;
  platform: string;
  channel_id: string | null;
  user_hash: string;
  rating: "up" | "down";
  question: string;
  answer: string;
  citations: string;
  reason: string | null;
}

export function createSqliteFeedbackStore(db: Database): SqliteFeedbackStore {
  const insert = db.prepare(`
    INSERT INTO feedback (at, platform, channel_id, user_hash, rating, question, answer, citations, reason)
    VALUES (@at, @platform, @channelId, @userHash, @rating, @question, @answer, @citations, @reason)`);
  const countStmt = db.prepare("SELECT count(*) AS n FROM feedback");
  const listStmt = db.prepare("SELECT at, platform, channel_id, user_hash, rating, question, answer, citations, reason FROM feedback WHERE at >= ? ORDER BY at, id");
  return {
    async saveFeedback(r: FeedbackRecord) {
      insert.run({
        at: Math.round(r.at),
        platform: r.platform,
        channelId: r.channelId,
        userHash: r.userHash,
        rating: r.rating,
        question: r.question,
        answer: r.answer,
        citations: JSON.stringify(r.citations),
        reason: r.reason ?? null,
      });
    },
    count: () => (countStmt.get() as { n: number }).n,
    list: (since = 0) =>
      (listStmt.all(since) as FeedbackRow[]).map((row) => ({
        at: row.at,
        platform: row.platform,
        channelId: row.channel_id,
        userHash: row.user_hash,
        rating: row.rating,
        question: row.question,
        answer: row.answer,
        citations: parseCitations(row.citations),
        ...(row.reason !== null ? { reason: row.reason } : {}),
      })),
  };
}
