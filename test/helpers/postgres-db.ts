import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** The run's PostgreSQL server (see test/setup/postgres-global-setup.ts), or null when there is none. */
export const pgServerUrl: string | null = inject("pgServerUrl");
export const pgSkipReason: string = inject("pgSkipReason");

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own per test file (or test), so files run in parallel without sharing rows. */
export async function createTestDatabase(serverUrl = pgServerUrl): Promise<TestDatabase> {
  if (!serverUrl) throw new Error("no PostgreSQL server for the tests");
  const name = `alubot_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
