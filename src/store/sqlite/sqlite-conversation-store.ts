import type { Database } from "better-sqlite3";
import type { z } from "zod";
import {
  ConversationTurnsSchema as TurnsSchema,
  DEFAULT_CONVERSATION_BOUNDS,
  PendingCheckSchema as PendingSchema,
  type ConversationBounds,
  type ConversationState,
  type ConversationStore,
} from "../conversation-store.js";

export { DEFAULT_CONVERSATION_BOUNDS, type ConversationBounds };

interface Row {
  id: string;
  turns: string;
  pending_check: string | null;
  updated_at: number;
}

export function createSqliteConversationStore(
  db: Database,
  now: () => number,
  bounds: ConversationBounds = DEFAULT_CONVERSATION_BOUNDS,
): ConversationStore {
  const select = db.prepare("SELECT * FROM conversations WHERE id = ?");
  const upsert = db.prepare(`
    INSERT INTO conversations (id, turns, pending_check, updated_at) VALUES (@id, @turns, @pendingCheck, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET turns = excluded.turns, pending_check = excluded.pending_check, updated_at = excluded.updated_at`);
  const remove = db.prepare("DELETE FROM conversations WHERE id = ?");
  const trimOldest = db.prepare(`
    DELETE FROM conversations WHERE id IN (
      SELECT id FROM conversations ORDER BY updated_at DESC LIMIT -1 OFFSET ?)`);
  let savesSinceTrim = 0;

  return {
    async get(id) {
      const row = select.get(id) as Row | undefined;
      if (!row) return undefined;
      if (now() - row.updated_at > bounds.maxAgeMs) {
        remove.run(id);
        return undefined;
      }
      const turns = safeParse(TurnsSchema, row.turns);
      const pending = row.pending_check === null ? null : safeParse(PendingSchema, row.pending_check);
      // A damaged row is treated as a fresh conversation rather than an error shown to the user.
      if (!turns) return undefined;
      return { id: row.id, turns, pendingCheck: pending ?? null, updatedAt: row.updated_at };
    },
    async save(state: ConversationState) {
      upsert.run({
        id: state.id,
        turns: JSON.stringify(state.turns.slice(-bounds.maxTurns)),
        pendingCheck: state.pendingCheck === null ? null : JSON.stringify(state.pendingCheck),
        updatedAt: Math.round(state.updatedAt),
      });
      // Trimming scans an index; doing it every hundredth save keeps the table bounded cheaply.
      if (++savesSinceTrim >= 100) {
        savesSinceTrim = 0;
        trimOldest.run(bounds.maxConversations);
      }
    },
    delete: async (id) => void remove.run(id),
  };
}

function safeParse<T>(schema: z.ZodType<T>, json: string): T | undefined {
  try {
    const r = schema.safeParse(JSON.parse(json));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
