import { randomBytes } from "node:crypto";
import type { StructuredLogger } from "../observability/structured-logger.js";
import type { AuditLog, AuditRecord } from "./audit-log.js";
import { createMemoryConversationStore, type ConversationStore } from "./conversation-store.js";
import type { ButtonPayloadStore } from "./button-payload-store.js";
import type { EventDedupeStore } from "./event-dedupe-store.js";
import type { FeedbackRecord, FeedbackStore } from "./feedback-store.js";
import { createMemoryAuditLog, createMemoryFeedbackStore } from "./memory-records.js";
import { createResilientChatStores } from "./resilient-chat-stores.js";
import type { SqliteStores } from "./sqlite/create-sqlite-stores.js";
import { createUserHasher, type HashUserId } from "./user-hasher.js";

export interface Stores {
  conversations: ConversationStore;
  feedback: FeedbackStore;
  audit: AuditLog;
  /** Chat events already handled (Slack retries), so a redelivery is not answered twice. */
  eventDedupe: EventDedupeStore;
  /** What the buttons on chat answers refer to. */
  buttonPayloads: ButtonPayloadStore;
  hashUserId: HashUserId;
  /** "sqlite" normally; "memory" when the database could not be opened at all. */
  backend(): "sqlite" | "memory";
  /** Records currently held only in memory because the database refused them. */
  pendingInMemory(): number;
  health(): { status: "ok" | "degraded"; details: Record<string, string> };
  close(): void;
}

type StoreName = "audit" | "feedback" | "conversations" | "dedupe" | "buttons";

export interface ResilientStoresOptions {
  open: () => SqliteStores;
  logger: Pick<StructuredLogger, "error" | "warn" | "info">;
  onStoreError?: (store: StoreName) => void;
  now?: () => number;
}

/**
 * Storage must never cost an answer. If the data dir is read-only, missing or the disk is full, the
 * bot keeps answering: records go to bounded memory, errors are logged at error level (and
 * counted), and held audit/feedback records are written out as soon as the database accepts writes again.
 */
export function createResilientStores(options: ResilientStoresOptions): Stores {
  const { logger } = options;
  const now = options.now ?? Date.now;
  let sqlite: SqliteStores | undefined;
  try {
    sqlite = options.open();
  } catch (err) {
    logger.error({ err }, "无法打开数据库：审计记录、反馈和会话只保存在内存中，进程重启后将丢失。请检查数据目录是否可写、磁盘是否已满。");
  }
  const memAudit = createMemoryAuditLog();
  const memFeedback = createMemoryFeedbackStore();
  const memConversations = createMemoryConversationStore();
  const memConversationIds = new Set<string>();
  let lastErrorAt = 0;
  const lastLoggedAt = new Map<string, number>();

  // Loud but not a log flood: every failure is counted, one error line per store per minute.
  const fail = (store: StoreName, err: unknown) => {
    lastErrorAt = now();
    options.onStoreError?.(store);
    const t = lastLoggedAt.get(store) ?? -Infinity;
    if (now() - t >= 60_000) {
      lastLoggedAt.set(store, now());
      logger.error({ err, store }, "数据库写入失败（磁盘已满或只读？）：记录暂存内存，恢复后自动补写。");
    }
  };
  const flushPending = (db: SqliteStores) => {
    const audits = memAudit.drain();
    if (audits.length) {
      try {
        db.audit.appendMany(audits);
        logger.warn({ count: audits.length }, "数据库已恢复写入：补写内存中暂存的审计记录。");
      } catch (err) {
        for (const a of audits) memAudit.record(a);
        throw err;
      }
    }
    const feedbacks = memFeedback.drain();
    for (let i = 0; i < feedbacks.length; i++) {
      try {
        db.feedback.saveFeedback(feedbacks[i]!);
      } catch (err) {
        for (const f of feedbacks.slice(i)) memFeedback.saveFeedback(f);
        throw err;
      }
    }
  };

  // Audit and feedback share one policy: write through to SQLite (after replaying what memory held),
  // and keep the record in memory when the database refuses it.
  const writeThrough =
    <T>(store: "audit" | "feedback", toDb: (db: SqliteStores, record: T) => void, toMemory: (record: T) => void) =>
    (record: T): void => {
      if (!sqlite) return toMemory(record);
      try {
        flushPending(sqlite);
        toDb(sqlite, record);
      } catch (err) {
        toMemory(record);
        fail(store, err);
      }
    };
  const audit: AuditLog = {
    record: writeThrough<AuditRecord>("audit", (db, e) => db.audit.record(e), (e) => memAudit.record(e)),
  };
  const feedback: FeedbackStore = {
    saveFeedback: writeThrough<FeedbackRecord>("feedback", (db, r) => db.feedback.saveFeedback(r), (r) => memFeedback.saveFeedback(r)),
  };
  const conversations: ConversationStore = {
    get(id) {
      // A conversation saved while the database failed is newer than whatever the database holds.
      if (!sqlite || memConversationIds.has(id)) return memConversations.get(id);
      try {
        return sqlite.conversations.get(id);
      } catch (err) {
        fail("conversations", err);
        return undefined;
      }
    },
    save(state) {
      if (!sqlite) return memConversations.save(state);
      try {
        sqlite.conversations.save(state);
        if (memConversationIds.delete(state.id)) memConversations.delete(state.id);
      } catch (err) {
        memConversations.save(state);
        memConversationIds.add(state.id);
        if (memConversationIds.size > 1000) memConversationIds.delete(memConversationIds.values().next().value!);
        fail("conversations", err);
      }
    },
    delete(id) {
      memConversations.delete(id);
      memConversationIds.delete(id);
      if (!sqlite) return;
      try {
        sqlite.conversations.delete(id);
      } catch (err) {
        fail("conversations", err);
      }
    },
  };

  const chat = createResilientChatStores(sqlite, fail);
  const hashUserId = sqlite?.hashUserId ?? createUserHasher(randomBytes(32).toString("hex"));
  const pendingInMemory = () => memAudit.records().length + memFeedback.records().length;
  return {
    conversations,
    feedback,
    audit,
    eventDedupe: chat.eventDedupe,
    buttonPayloads: chat.buttonPayloads,
    hashUserId,
    backend: () => (sqlite ? "sqlite" : "memory"),
    pendingInMemory,
    health() {
      const details: Record<string, string> = { store: sqlite ? "sqlite" : "memory-fallback" };
      const pending = pendingInMemory();
      if (pending) details.pendingInMemory = String(pending);
      const recentError = now() - lastErrorAt < 5 * 60_000 && lastErrorAt > 0;
      if (recentError) details.lastStoreError = new Date(lastErrorAt).toISOString();
      return { status: !sqlite || pending > 0 || recentError ? "degraded" : "ok", details };
    },
    close: () => sqlite?.close(),
  };
}
