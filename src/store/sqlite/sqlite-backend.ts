import type { StoreBackend } from "../store-backend.js";
import type { SqliteStores } from "./create-sqlite-stores.js";
import { databasePath } from "./open-database.js";

/** The SQLite stores (synchronous underneath) behind the common async StoreBackend. */
export function sqliteBackend(s: SqliteStores, dataDir: string): StoreBackend {
  return {
    kind: "sqlite",
    location: databasePath(dataDir),
    conversations: s.conversations,
    audit: {
      record: (e) => s.audit.record(e),
      appendMany: async (entries) => s.audit.appendMany(entries),
      async *iterate(since) {
        // Sync generator underneath: yields between rows, so a slow stdout still gets drained.
        yield* s.audit.iterate(since);
      },
      count: async () => s.audit.count(),
    },
    feedback: {
      saveFeedback: (r) => s.feedback.saveFeedback(r),
      list: async (since) => s.feedback.list(since),
      count: async () => s.feedback.count(),
    },
    eventDedupe: s.eventDedupe,
    buttonPayloads: s.buttonPayloads,
    hashUserId: s.hashUserId,
    prune: async () => s.prune(),
    close: async () => s.close(),
  };
}
