import type { StructuredLogger } from "../observability/structured-logger.js";

/**
 * The slice of the project's structured logger that answerers and the engine use; tests pass a
 * recorder. debug is optional: it is where question, answer and model text go, and a recorder may drop it.
 */
export type Logger = Pick<StructuredLogger, "info" | "warn" | "error"> & Partial<Pick<StructuredLogger, "debug">>;

export function createSilentLogger(): Logger {
  return { info: () => {}, warn: () => {}, error: () => {} };
}
