import type { Citation, ReplyMode } from "../reply/reply-schema.js";

/** One question/answer exchange, as officials need to review what the bot told whom. */
export interface AuditRecord {
  at: number;
  platform: string;
  channelId: string | null;
  /** Hashed user id (salted sha256), never the raw platform id. */
  userHash: string;
  conversationId: string | null;
  question: string;
  answer: string;
  citations: Citation[];
  mode: ReplyMode;
  outOfScope: boolean;
  latencyMs: number;
}

export interface AuditLog {
  /** Resolves once the record is stored (committed, or held in memory while the database is away). */
  record(entry: AuditRecord): Promise<void>;
}
