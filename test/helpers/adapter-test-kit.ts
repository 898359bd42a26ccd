import { hashUserId } from "../../src/adapters/hash-user-id.js";
import { createInFlight } from "../../src/adapters/in-flight.js";
import { createRecentAnswers } from "../../src/adapters/recent-answers.js";
import type { SlackAdapterDeps } from "../../src/adapters/slack/slack-adapter-deps.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import type { FeedbackRecord } from "../../src/store/feedback-store.js";
import { createRecordingLogger, type RecordingLogger } from "./recording-logger.js";
import { createTestEngine, type TestEngine } from "./test-engine.js";

export interface AdapterTestKit {
  engine: TestEngine;
  feedback: FeedbackRecord[];
  logger: RecordingLogger;
  deps: SlackAdapterDeps;
}

/** Adapter dependencies over the real corpus, with recording doubles for engine, store and logger. */
export function createAdapterTestKit(): AdapterTestKit {
  const engine = createTestEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));
  const feedback: FeedbackRecord[] = [];
  const logger = createRecordingLogger();
  return {
    engine,
    feedback,
    logger,
    deps: {
      engine,
      feedbackStore: { saveFeedback: async (r) => void feedback.push(r) },
      logger,
      recentAnswers: createRecentAnswers(),
      inFlight: createInFlight(),
      hashUser: (platform, id) => hashUserId(platform, id),
      now: () => 1_700_000_000_000,
    },
  };
}
