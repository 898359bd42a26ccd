import type { FeedbackStore } from "../store/feedback-store.js";
import type { AdapterLogger } from "./adapter-logger.js";

/**
 * Stand-in until a persistent store is wired: feedback reaches the log instead of being lost. The
 * record is already pseudonymous (hashed user id), so logging it exposes no raw ids.
 */
export function createLogFeedbackStore(logger: AdapterLogger): FeedbackStore {
  return {
    saveFeedback(record) {
      logger.info({ feedback: { ...record, citations: record.citations.map((c) => c.label) } }, "feedback (not persisted: no feedback store configured)");
    },
  };
}
