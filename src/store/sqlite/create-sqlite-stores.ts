import type { Database } from "better-sqlite3";
import type { ConversationStore } from "../conversation-store.js";
import { createUserHasher, type HashUserId } from "../user-hasher.js";
import { openDatabase, type OpenDatabaseOptions } from "./open-database.js";
import { pruneExpired, type PruneCounts } from "./prune-expired.js";
import { createSqliteAuditLog, type SqliteAuditLog } from "./sqlite-audit-log.js";
import { createSqliteButtonPayloadStore, type SqliteButtonPayloadStore } from "./sqlite-button-payload-store.js";
import { createSqliteEventDedupeStore, type SqliteEventDedupeStore } from "./sqlite-event-dedupe-store.js";
import { createSqliteConversationStore, DEFAULT_CONVERSATION_BOUNDS, type ConversationBounds } from "./sqlite-conversation-store.js";
import { createSqliteFeedbackStore, type SqliteFeedbackStore } from "./sqlite-feedback-store.js";

export interface SqliteStores {
  db: Database;
  conversations: ConversationStore;
  feedback: SqliteFeedbackStore;
  audit: SqliteAuditLog;
  eventDedupe: SqliteEventDedupeStore;
  buttonPayloads: SqliteButtonPayloadStore;
  hashUserId: HashUserId;
  /** Applies AppConfig.retentionDays (audit, feedback) and the conversation age bound. */
  prune(): PruneCounts;
  close(): void;
}

export interface SqliteStoresOptions extends OpenDatabaseOptions {
  retentionDays: number;
  now?: () => number;
  conversationBounds?: ConversationBounds;
}

export function createSqliteStores(options: SqliteStoresOptions): SqliteStores {
  const now = options.now ?? Date.now;
  const bounds = options.conversationBounds ?? DEFAULT_CONVERSATION_BOUNDS;
  const db = openDatabase(options);
  const salt = (db.prepare("SELECT value FROM meta WHERE key = 'user_salt'").get() as { value: string } | undefined)?.value;
  if (!salt) {
    db.close();
    throw new Error("store database has no user salt (meta.user_salt); refusing to hash ids without it");
  }
  return {
    db,
    conversations: createSqliteConversationStore(db, now, bounds),
    feedback: createSqliteFeedbackStore(db),
    audit: createSqliteAuditLog(db),
    eventDedupe: createSqliteEventDedupeStore(db, now),
    buttonPayloads: createSqliteButtonPayloadStore(db, now),
    hashUserId: createUserHasher(salt),
    prune: () => pruneExpired(db, now(), options.retentionDays, bounds.maxAgeMs),
    close: () => {
      if (db.open) db.close();
    },
  };
}
