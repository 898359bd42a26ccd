import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/fast-check-seed.ts"],
    // A PostgreSQL server for the store tests: DATABASE_URL, else a throwaway cluster, else skipped (printed).
    globalSetup: ["test/setup/postgres-global-setup.ts"],
    // Platform fakes and the LLM fake bind 127.0.0.1 only; a generous per-test timeout keeps slow CI
    // machines green without hiding hangs (every fake enforces its own shorter deadlines).
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
  },
});
