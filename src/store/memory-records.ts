import type { AuditLog, AuditRecord } from "./audit-log.js";
import type { FeedbackRecord, FeedbackStore } from "./feedback-store.js";

export interface MemoryAuditLog extends AuditLog {
  records(): readonly AuditRecord[];
  /** Removes and returns everything held (to move it into the database once it works again). */
  drain(): AuditRecord[];
}

export interface MemoryFeedbackStore extends FeedbackStore {
  records(): readonly FeedbackRecord[];
  drain(): FeedbackRecord[];
}

/** Bounded ring: when even memory is full the oldest records go first, so the process never grows without limit. */
function createRing<T>(max: number) {
  let items: T[] = [];
  return {
    push(item: T) {
      items.push(item);
      if (items.length > max) items.splice(0, items.length - max);
    },
    all: (): readonly T[] => items,
    drain(): T[] {
      const out = items;
      items = [];
      return out;
    },
  };
}

export function createMemoryAuditLog(max = 10_000): MemoryAuditLog {
  const ring = createRing<AuditRecord>(max);
  return { record: async (e) => ring.push(e), records: ring.all, drain: ring.drain };
}

export function createMemoryFeedbackStore(max = 10_000): MemoryFeedbackStore {
  const ring = createRing<FeedbackRecord>(max);
  return { saveFeedback: async (r) => ring.push(r), records: ring.all, drain: ring.drain };
}
