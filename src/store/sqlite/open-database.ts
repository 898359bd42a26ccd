import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.js";

export const DATABASE_FILE = "alubot.db";

export interface OpenDatabaseOptions {
  dataDir: string;
  /**
   * NORMAL (default): in WAL mode a committed transaction survives a process crash or SIGKILL; only
   * an OS crash or power loss can drop the last commits, never corrupt. FULL also survives power loss
   * at the price of an fsync per write.
   */
  synchronous?: "NORMAL" | "FULL";
  readonly?: boolean;
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/** Opens (creating if needed) the store database in WAL mode and brings its schema up to date. */
export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  if (!options.readonly) mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(databasePath(options.dataDir), { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    db.pragma("busy_timeout = 5000");
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma(`synchronous = ${options.synchronous ?? "NORMAL"}`);
      db.pragma("foreign_keys = ON");
      // better-sqlite3 builds SQLite with a 16 MB page cache; it fills slowly under an append-only
      // audit load and looks like a leak in the RSS soak. 4 MB is plenty for this small, write-mostly db.
      db.pragma("cache_size = -4000");
      migrate(db);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
