import { createMemoryButtonPayloadStore, type ButtonPayloadStore } from "./button-payload-store.js";
import { createMemoryEventDedupeStore, type EventDedupeStore } from "./event-dedupe-store.js";

export interface ChatStores {
  eventDedupe: EventDedupeStore;
  buttonPayloads: ButtonPayloadStore;
}

/**
 * Runs one call against the database under the resilient layer's policy (src/store/resilient-stores.ts):
 * `{ value }` when it answered; undefined when it failed (already counted and logged) or was skipped
 * because the database is known to be away.
 */
export type AttemptValue = <T>(store: "dedupe" | "buttons", op: () => Promise<T>) => Promise<{ value: T } | undefined>;

/**
 * The chat adapters' stores under the same policy as the others: the database (SQLite, or the
 * PostgreSQL every replica shares) when it works, bounded memory when it does not. The memory copy is
 * the only fallback: claims and payloads are mirrored there, so a retry reaching this process during
 * an outage is still dropped, and a button on an answer given before or during one still works until
 * the process ends. What an outage loses is only the cross-replica guarantee.
 */
export function createResilientChatStores(db: ChatStores | undefined, attempt: AttemptValue): ChatStores {
  const memDedupe = createMemoryEventDedupeStore();
  const memPayloads = createMemoryButtonPayloadStore();
  /** Payloads the database did not take: read back from memory, even once it answers again. */
  const inMemory = new Set<string>();
  if (!db) return { eventDedupe: memDedupe, buttonPayloads: memPayloads };
  return {
    eventDedupe: {
      async claim(key, ttlMs) {
        const r = await attempt("dedupe", () => db.eventDedupe.claim(key, ttlMs));
        if (!r) return memDedupe.claim(key, ttlMs);
        // Keeps memory in step, so a claim made before an outage is still known during it.
        if (r.value) await memDedupe.claim(key, ttlMs);
        return r.value;
      },
    },
    buttonPayloads: {
      async put(id, payload, ttlMs) {
        await memPayloads.put(id, payload, ttlMs);
        const r = await attempt("buttons", async () => void (await db.buttonPayloads.put(id, payload, ttlMs)));
        if (r) return;
        inMemory.add(id);
        if (inMemory.size > 5_000) inMemory.delete(inMemory.values().next().value!);
      },
      async get(id) {
        if (inMemory.has(id)) return memPayloads.get(id);
        const r = await attempt("buttons", () => db.buttonPayloads.get(id));
        return r ? r.value : memPayloads.get(id);
      },
    },
  };
}
