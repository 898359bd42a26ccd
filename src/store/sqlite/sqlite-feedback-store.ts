import type { Database } from "better-sqlite3";
import type { FeedbackRecord, FeedbackStore } from "../feedback-store.js";

export interface SqliteFeedbackStore extends FeedbackStore {
  count(): number;
}

export function createSqliteFeedbackStore(db: Database): SqliteFeedbackStore {
  const insert = db.prepare(`
    INSERT INTO feedback (at, platform, channel_id, user_hash, rating, question, answer, citations)
    VALUES (@at, @platform, @channelId, @userHash, @rating, @question, @answer, @citations)`);
  const countStmt = db.prepare("SELECT count(*) AS n FROM feedback");
  return {
    saveFeedback(r: FeedbackRecord) {
      insert.run({
        at: Math.round(r.at),
        platform: r.platform,
        channelId: r.channelId,
        userHash: r.userHash,
        rating: r.rating,
        question: r.question,
        answer: r.answer,
        citations: JSON.stringify(r.citations),
      });
    },
    count: () => (countStmt.get() as { n: number }).n,
  };
}
