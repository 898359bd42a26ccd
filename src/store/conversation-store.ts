/** One exchange remembered for follow-up rewriting. */
export interface ConversationTurn {
  role: "user" | "assistant";
  text: string;
  /** Clause ids the turn was about (cited or resolved), for deterministic follow-up rewriting. */
  clauseIds: string[];
  at: number;
}

export interface ConversationState {
  id: string;
  turns: ConversationTurn[];
  /** Partially filled project profile while an admission check is asking for missing facts. */
  pendingCheck: Record<string, unknown> | null;
  updatedAt: number;
}

/** Conversation persistence; the SQLite implementation survives restarts, tests may use memory. */
export interface ConversationStore {
  get(id: string): ConversationState | undefined;
  save(state: ConversationState): void;
  delete(id: string): void;
}

/** Bounded in-memory store (for tests and as the fallback when the data dir is unusable). */
export function createMemoryConversationStore(maxConversations = 1000, maxTurns = 20): ConversationStore {
  const map = new Map<string, ConversationState>();
  return {
    get: (id) => map.get(id),
    save(state) {
      map.delete(state.id);
      map.set(state.id, { ...state, turns: state.turns.slice(-maxTurns) });
      while (map.size > maxConversations) map.delete(map.keys().next().value!);
    },
    delete: (id) => void map.delete(id),
  };
}
