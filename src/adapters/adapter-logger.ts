import type { StructuredLogger } from "../observability/structured-logger.js";

/** The logging surface adapters need: the project's one structured-logger interface. */
export type AdapterLogger = StructuredLogger;

/** Error details safe to log: never the request (it carries tokens), only what identifies the failure. */
export function describeError(err: unknown): { err: string; code?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { err: `${err.name}: ${err.message}`, ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}) };
  }
  return { err: String(err) };
}

/** Short Chinese apology shown when something failed; details go to the log, not to the user. */
export const APOLOGY_TEXT = "抱歉，处理您的消息时出了点问题，请稍后再试。";
