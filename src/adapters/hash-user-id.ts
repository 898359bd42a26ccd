import { createHash } from "node:crypto";

/**
 * Stable pseudonym for a platform user: feedback must be attributable per user for abuse review,
 * but raw platform ids are personal data and never stored.
 */
export function hashUserId(platform: string, userId: string, salt = "alubot"): string {
  return createHash("sha256").update(`${salt}\0${platform}\0${userId}`).digest("hex");
}
