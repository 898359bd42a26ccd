import { randomBytes } from "node:crypto";
import { createMemoryRateWindowStore, type RateWindowStore } from "../limits/rate-window-store.js";
import type { StructuredLogger } from "../observability/structured-logger.js";
import type { AuditLog, AuditRecord } from "./audit-log.js";
import type { ButtonPayloadStore } from "./button-payload-store.js";
import { createMemoryConversationStore, type ConversationState, type ConversationStore } from "./conversation-store.js";
import type { EventDedupeStore } from "./event-dedupe-store.js";
import type { FeedbackRecord, FeedbackStore } from "./feedback-store.js";
import { createPendingQueue } from "./pending-queue.js";
import { createResilientChatStores } from "./resilient-chat-stores.js";
import type { ReplicaStores, StoreBackend } from "./store-backend.js";
import { createUserHasher, type HashUserId } from "./user-hasher.js";

export type StoreName = "audit" | "feedback" | "conversations" | "dedupe" | "rate-limits" | "buttons";

export interface Stores {
  conversations: ConversationStore;
  feedback: FeedbackStore;
  audit: AuditLog;
  /** Chat events already handled (Slack retries), so a redelivery is not answered twice. */
  eventDedupe: EventDedupeStore;
  /** What the buttons on chat answers refer to. */
  buttonPayloads: ButtonPayloadStore;
  hashUserId: HashUserId;
  /** State replicas share (PostgreSQL only), each with an in-process fallback while the database is away; null otherwise. */
  replica: ReplicaStores | null;
  /** "sqlite" normally, "postgres" with DATABASE_URL; "memory" when the SQLite database could not be opened at all. */
  backend(): "sqlite" | "postgres" | "memory";
  /** Writes currently held only in memory because the database refused them. */
  pendingInMemory(): number;
  health(): { status: "ok" | "degraded"; details: Record<string, string> };
  /** Tries once more to write what memory holds, then closes the database. */
  close(): Promise<void>;
}

export interface ResilientStoresOptions {
  /** Opens the database; a throw (SQLite only: PostgreSQL is opened before) means memory-only operation. */
  open: () => StoreBackend;
  /** Shared replica state of the same database (PostgreSQL). */
  replica?: ReplicaStores;
  logger: Pick<StructuredLogger, "error" | "warn" | "info">;
  onStoreError?: (store: StoreName) => void;
  now?: () => number;
  /**
   * After a failure, how long calls skip the database and go straight to memory. 0 (SQLite: a local
   * file fails fast) tries on every write; a network database that may hang gets a pause, so a lost
   * PostgreSQL costs answers no time.
   */
  retryAfterMs?: number;
  /** Replays held writes on a timer as well, not only on the next write (a network database comes back on its own). */
  replayEveryMs?: number;
  /** Bound on held audit and feedback records each (and on held conversations). */
  maxPending?: number;
}

const MINUTE = 60_000;

/**
 * Storage must never cost an answer. If the data dir is unusable, the disk is full, or PostgreSQL is
 * lost while running, the bot keeps answering: writes go to bounded memory, errors are logged at
 * error level (and counted), and the held records are written out, in order, as soon as the
 * database accepts writes again — on the next write, and (PostgreSQL) on a timer.
 */
export function createResilientStores(options: ResilientStoresOptions): Stores {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const retryAfterMs = options.retryAfterMs ?? 0;
  const maxPending = options.maxPending ?? 10_000;
  let db: StoreBackend | undefined;
  try {
    db = options.open();
  } catch (err) {
    logger.error({ err }, "无法打开数据库：审计记录、反馈和会话只保存在内存中，进程重启后将丢失。请检查数据目录是否可写、磁盘是否已满。");
  }
  const heldAudit = createPendingQueue<AuditRecord>(maxPending);
  const heldFeedback = createPendingQueue<FeedbackRecord>(maxPending);
  /** Conversation writes not yet in the database: the state, or null for a delete. Newer than the database. */
  const heldConversations = new Map<string, ConversationState | null>();
  const memoryOnly = createMemoryConversationStore();
  /** Recently seen conversations: answers keep their context while the database is away. */
  const recent = createMemoryConversationStore(1000);

  let down = false;
  let lastFailureAt = -Infinity;
  let lastErrorAt = 0;
  const lastLoggedAt = new Map<string, number>();
  const mayTry = () => !down || now() - lastFailureAt >= retryAfterMs;
  const logThrottled = (key: string, log: () => void) => {
    if (now() - (lastLoggedAt.get(key) ?? -Infinity) < MINUTE) return;
    lastLoggedAt.set(key, now());
    log();
  };
  // Loud but not a log flood: every failure is counted, one error line per store per minute.
  const fail = (store: StoreName, err: unknown) => {
    down = true;
    lastFailureAt = lastErrorAt = now();
    options.onStoreError?.(store);
    logThrottled(store, () =>
      logger.error(
        { err, store, backend: db?.kind, location: db?.location, maxPending },
        db?.kind === "postgres"
          ? `PostgreSQL 写入失败（连接中断？）：回答照常，写入暂存内存（每类最多 ${maxPending} 条），数据库恢复后自动按顺序补写。`
          : "数据库写入失败（磁盘已满或只读？）：记录暂存内存，恢复后自动补写。",
      ),
    );
  };
  const recovered = () => {
    if (!down) return;
    down = false;
    logger.warn({ backend: db?.kind, location: db?.location }, "数据库已恢复。");
  };
  const noteDropped = () => {
    const dropped = heldAudit.takeDropped() + heldFeedback.takeDropped();
    if (dropped) logThrottled("dropped", () => logger.error({ dropped, maxPending }, "内存暂存已满：最早的记录已被丢弃，无法补写。请尽快恢复数据库。"));
  };

  let flushing: Promise<void> | undefined;
  const flush = (target: StoreBackend) => (flushing ??= flushHeld(target).finally(() => (flushing = undefined)));
  async function flushHeld(target: StoreBackend): Promise<void> {
    const audits = heldAudit.snapshot();
    if (audits.items.length) {
      await target.audit.appendMany(audits.items);
      heldAudit.removeThrough(audits.through);
    }
    const feedbacks = heldFeedback.snapshot();
    for (const f of feedbacks.items) await target.feedback.saveFeedback(f);
    heldFeedback.removeThrough(feedbacks.through);
    const conversations = [...heldConversations];
    for (const [id, state] of conversations) {
      if (state) await target.conversations.save(state);
      else await target.conversations.delete(id);
      // A newer write may have arrived while this one was in flight; it stays held.
      if (heldConversations.get(id) === state) heldConversations.delete(id);
    }
    const written = audits.items.length + feedbacks.items.length + conversations.length;
    if (written) {
      logger.warn(
        { audit: audits.items.length, feedback: feedbacks.items.length, conversations: conversations.length },
        "数据库已恢复写入：已补写内存中暂存的记录。",
      );
    }
  }

  /** Runs `op` against the database unless it is known to be away; false = it failed or was skipped. */
  const attempt = async (store: StoreName, op: (target: StoreBackend) => Promise<void>): Promise<boolean> => {
    if (!db || !mayTry()) return false;
    try {
      await flush(db);
      await op(db);
      recovered();
      return true;
    } catch (err) {
      fail(store, err);
      return false;
    }
  };

  const audit: AuditLog = {
    async record(e) {
      if (await attempt("audit", (t) => t.audit.record(e))) return;
      heldAudit.push(e);
      noteDropped();
    },
  };
  const feedback: FeedbackStore = {
    async saveFeedback(r) {
      if (await attempt("feedback", (t) => t.feedback.saveFeedback(r))) return;
      heldFeedback.push(r);
      noteDropped();
    },
  };
  const hold = (id: string, state: ConversationState | null) => {
    heldConversations.delete(id);
    heldConversations.set(id, state);
    if (heldConversations.size > 1000) heldConversations.delete(heldConversations.keys().next().value!);
  };
  const conversations: ConversationStore = {
    async get(id) {
      if (!db) return memoryOnly.get(id);
      if (heldConversations.has(id)) return heldConversations.get(id) ?? undefined;
      if (mayTry()) {
        try {
          // Always the database's copy when it answers: another replica may have moved the conversation on.
          const state = await db.conversations.get(id);
          recovered();
          if (state) await recent.save(state);
          else await recent.delete(id);
          return state;
        } catch (err) {
          fail("conversations", err);
        }
      }
      return recent.get(id);
    },
    async save(state) {
      if (!db) return memoryOnly.save(state);
      await recent.save(state);
      if (await attempt("conversations", (t) => t.conversations.save(state))) {
        if (heldConversations.get(state.id) === state) heldConversations.delete(state.id);
        return;
      }
      hold(state.id, state);
    },
    async delete(id) {
      await recent.delete(id);
      if (!db) return memoryOnly.delete(id);
      if (await attempt("conversations", (t) => t.conversations.delete(id))) return;
      hold(id, null);
    },
  };

  const replica = options.replica ? resilientReplica(options.replica, { attemptReplica: <T>(store: StoreName, op: () => Promise<T>) => attemptValue(store, op) }) : null;
  // Event dedupe and button payloads of whichever database is configured (shared by replicas when
  // it is PostgreSQL), with bounded memory standing in while it is away.
  const chat = createResilientChatStores(db, attemptValue);
  /** Like attempt(), for calls that return a value; undefined = use the in-process fallback. */
  async function attemptValue<T>(store: StoreName, op: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (!db || !mayTry()) return undefined;
    try {
      const value = await op();
      recovered();
      return { value };
    } catch (err) {
      fail(store, err);
      return undefined;
    }
  }

  const pendingInMemory = () => heldAudit.size() + heldFeedback.size() + heldConversations.size;
  // A network database comes back on its own: replay (or just notice it is back) without waiting for traffic.
  const timer =
    options.replayEveryMs && db
      ? setInterval(() => {
          if (!db || (!down && pendingInMemory() === 0) || !mayTry()) return;
          const target = db;
          void (async () => {
            try {
              await flush(target);
              await target.ping?.();
              recovered();
            } catch (err) {
              lastFailureAt = now();
              logThrottled("replay", () => logger.error({ err, pending: pendingInMemory() }, "数据库仍不可用：暂存的记录稍后再补写。"));
            }
          })();
        }, options.replayEveryMs)
      : undefined;
  timer?.unref();

  const hashUserId = db?.hashUserId ?? createUserHasher(randomBytes(32).toString("hex"));
  let closed = false;
  return {
    conversations,
    feedback,
    audit,
    eventDedupe: chat.eventDedupe,
    buttonPayloads: chat.buttonPayloads,
    hashUserId,
    replica,
    backend: () => db?.kind ?? "memory",
    pendingInMemory,
    health() {
      const details: Record<string, string> = { store: db ? db.kind : "memory-fallback" };
      const pending = pendingInMemory();
      if (pending) details.pendingInMemory = String(pending);
      if (down) details.database = "unreachable";
      const recentError = now() - lastErrorAt < 5 * MINUTE && lastErrorAt > 0;
      if (recentError) details.lastStoreError = new Date(lastErrorAt).toISOString();
      return { status: !db || pending > 0 || recentError ? "degraded" : "ok", details };
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      if (!db) return;
      if (pendingInMemory() > 0) {
        try {
          await flush(db);
        } catch (err) {
          logger.error({ err, pending: pendingInMemory() }, "退出前仍无法写入数据库：内存中暂存的记录将丢失。");
        }
      }
      await db.close();
    },
  };
}

interface ReplicaHooks {
  attemptReplica<T>(store: StoreName, op: () => Promise<T>): Promise<{ value: T } | undefined>;
}

/**
 * While the shared database is away, replicas fall back to their own memory: limits still apply per
 * process (event dedupe and button payloads fall back likewise, in resilient-chat-stores.ts). Answers
 * continue; what is lost is only the cross-replica guarantee, for as long as the database is gone.
 */
function resilientReplica(shared: ReplicaStores, hooks: ReplicaHooks): ReplicaStores {
  const memoryWindows = createMemoryRateWindowStore();
  const rateWindows: RateWindowStore = {
    async acquire(requests, windowMs, now) {
      const r = await hooks.attemptReplica("rate-limits", () => shared.rateWindows.acquire(requests, windowMs, now));
      return r ? r.value : memoryWindows.acquire(requests, windowMs, now);
    },
  };
  return { rateWindows, shardLeases: shared.shardLeases };
}
