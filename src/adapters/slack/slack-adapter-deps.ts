import type { Engine } from "../../engine/engine.js";
import type { FeedbackStore } from "../../store/feedback-store.js";
import type { AdapterLogger } from "../adapter-logger.js";
import type { InFlight } from "../in-flight.js";
import type { RecentAnswers } from "../recent-answers.js";

/** Everything the Slack handlers need; built by the composition root, faked in tests. */
export interface SlackAdapterDeps {
  engine: Engine;
  feedbackStore: FeedbackStore;
  logger: AdapterLogger;
  recentAnswers: RecentAnswers;
  inFlight: InFlight;
  hashUser(platform: string, userId: string): string;
  now(): number;
  /**
   * Claims an event id once across replicas (same shape as src/store/event-dedupe-store.ts'
   * EventDedupeStore); absent = no deduplication.
   */
  eventDedupe?: { claim(key: string, ttlMs: number): Promise<boolean> };
}
