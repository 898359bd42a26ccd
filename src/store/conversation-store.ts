import { z } from "zod";

/** One exchange remembered for follow-up rewriting. */
export interface ConversationTurn {
  role: "user" | "assistant";
  text: string;
  /** Clause ids the turn was about (cited or resolved), for deterministic follow-up rewriting. */
  clauseIds: string[];
  at: number;
}

export const ConversationTurnsSchema = z.array(
  z.object({ role: z.enum(["user", "assistant"]), text: z.string(), clauseIds: z.array(z.string()), at: z.number() }),
);
export const PendingCheckSchema = z.record(z.string(), z.unknown()).nullable();

export interface ConversationState {
  id: string;
  turns: ConversationTurn[];
  /** Partially filled project profile while an admission check is asking for missing facts. */
  pendingCheck: Record<string, unknown> | null;
  updatedAt: number;
}

export interface ConversationBounds {
  /** Turns kept per conversation (older ones only cost tokens and storage). */
  maxTurns: number;
  /** Conversations kept; the least recently updated are dropped beyond it. */
  maxConversations: number;
  /** A conversation idle longer than this is forgotten (follow-ups make no sense after it). */
  maxAgeMs: number;
}

export const DEFAULT_CONVERSATION_BOUNDS: ConversationBounds = {
  maxTurns: 20,
  maxConversations: 10_000,
  maxAgeMs: 7 * 24 * 3600_000,
};

/**
 * Conversation persistence; SQLite (embedded) and PostgreSQL (shared by replicas) survive restarts,
 * tests may use memory. Asynchronous because the PostgreSQL store is a network round trip.
 */
export interface ConversationStore {
  get(id: string): Promise<ConversationState | undefined>;
  save(state: ConversationState): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Bounded in-memory store (for tests and as the fallback when the data dir is unusable). */
export function createMemoryConversationStore(maxConversations = 1000, maxTurns = 20): ConversationStore {
  const map = new Map<string, ConversationState>();
  return {
    get: async (id) => map.get(id),
    async save(state) {
      map.delete(state.id);
      map.set(state.id, { ...state, turns: state.turns.slice(-maxTurns) });
      while (map.size > maxConversations) map.delete(map.keys().next().value!);
    },
    delete: async (id) => void map.delete(id),
  };
}
