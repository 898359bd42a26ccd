import type { StructuredLogger } from "../observability/structured-logger.js";

/** The slice of the project's structured logger that answerers and the engine use; tests pass a recorder. */
export type Logger = Pick<StructuredLogger, "info" | "warn" | "error">;

export function createSilentLogger(): Logger {
  return { info: () => {}, warn: () => {}, error: () => {} };
}
