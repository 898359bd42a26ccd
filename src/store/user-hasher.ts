import { createHash } from "node:crypto";

/** Maps a platform user id to a stable pseudonym; the raw id is never stored. */
export type HashUserId = (platform: string, userId: string) => string;

export function createUserHasher(salt: string): HashUserId {
  return (platform, userId) => createHash("sha256").update(`${salt}\u0000${platform}\u0000${userId}`).digest("hex");
}
