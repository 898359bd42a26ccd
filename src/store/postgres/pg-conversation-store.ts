import {
  ConversationTurnsSchema,
  DEFAULT_CONVERSATION_BOUNDS,
  PendingCheckSchema,
  type ConversationBounds,
  type ConversationState,
  type ConversationStore,
} from "../conversation-store.js";
import type { PgPool } from "./create-pg-pool.js";

interface Row {
  id: string;
  turns: unknown;
  pending_check: unknown;
  updated_at: number;
}

/**
 * Conversations (with their pending admission check) shared by every replica: a follow-up that
 * lands on another replica reads the same history. Same bounds as the SQLite store.
 */
export function createPgConversationStore(pool: PgPool, now: () => number, bounds: ConversationBounds = DEFAULT_CONVERSATION_BOUNDS): ConversationStore {
  let savesSinceTrim = 0;
  return {
    async get(id) {
      const { rows } = await pool.query<Row>("SELECT id, turns, pending_check, updated_at FROM conversations WHERE id = $1", [id]);
      const row = rows[0];
      if (!row) return undefined;
      if (now() - row.updated_at > bounds.maxAgeMs) {
        await pool.query("DELETE FROM conversations WHERE id = $1 AND updated_at = $2", [id, row.updated_at]);
        return undefined;
      }
      const turns = ConversationTurnsSchema.safeParse(row.turns);
      const pending = PendingCheckSchema.safeParse(row.pending_check);
      // A damaged row is treated as a fresh conversation rather than an error shown to the user.
      if (!turns.success) return undefined;
      return { id: row.id, turns: turns.data, pendingCheck: pending.success ? pending.data : null, updatedAt: row.updated_at };
    },
    async save(state: ConversationState) {
      await pool.query(
        `INSERT INTO conversations (id, turns, pending_check, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET turns = excluded.turns, pending_check = excluded.pending_check, updated_at = excluded.updated_at`,
        [state.id, JSON.stringify(state.turns.slice(-bounds.maxTurns)), state.pendingCheck === null ? null : JSON.stringify(state.pendingCheck), Math.round(state.updatedAt)],
      );
      // As in SQLite: trimming scans an index, so every hundredth save of this replica does it.
      if (++savesSinceTrim >= 100) {
        savesSinceTrim = 0;
        await pool.query(
          "DELETE FROM conversations WHERE id IN (SELECT id FROM conversations ORDER BY updated_at DESC OFFSET $1)",
          [bounds.maxConversations],
        );
      }
    },
    async delete(id) {
      await pool.query("DELETE FROM conversations WHERE id = $1", [id]);
    },
  };
}
