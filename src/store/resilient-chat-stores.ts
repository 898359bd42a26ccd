import { createMemoryButtonPayloadStore, type ButtonPayloadStore } from "./button-payload-store.js";
import { createMemoryEventDedupeStore, type EventDedupeStore } from "./event-dedupe-store.js";

export interface ChatStores {
  eventDedupe: EventDedupeStore;
  buttonPayloads: ButtonPayloadStore;
}

/**
 * The chat adapters' stores under the same policy as the others (src/store/resilient-stores.ts):
 * the database when it works, bounded memory when it refuses, and the failure counted and logged by
 * the caller's `fail`. A payload written to memory is read back from memory, so a button on an
 * answer given during an outage still works until the process ends.
 */
export function createResilientChatStores(db: ChatStores | undefined, fail: (store: "dedupe" | "buttons", err: unknown) => void): ChatStores {
  const memDedupe = createMemoryEventDedupeStore();
  const memPayloads = createMemoryButtonPayloadStore();
  const inMemory = new Set<string>();
  if (!db) return { eventDedupe: memDedupe, buttonPayloads: memPayloads };
  return {
    eventDedupe: {
      async claim(key, ttlMs) {
        try {
          const claimed = await db.eventDedupe.claim(key, ttlMs);
          // Keeps memory in step, so a claim made before an outage is still known during it.
          if (claimed) await memDedupe.claim(key, ttlMs);
          return claimed;
        } catch (err) {
          fail("dedupe", err);
          return memDedupe.claim(key, ttlMs);
        }
      },
    },
    buttonPayloads: {
      async put(id, payload, ttlMs) {
        try {
          await db.buttonPayloads.put(id, payload, ttlMs);
        } catch (err) {
          fail("buttons", err);
          await memPayloads.put(id, payload, ttlMs);
          inMemory.add(id);
          if (inMemory.size > 5_000) inMemory.delete(inMemory.values().next().value!);
        }
      },
      async get(id) {
        if (inMemory.has(id)) return memPayloads.get(id);
        try {
          return await db.buttonPayloads.get(id);
        } catch (err) {
          fail("buttons", err);
          return undefined;
        }
      },
    },
  };
}
