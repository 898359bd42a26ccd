/** The logging surface adapters need; a pino logger satisfies it structurally. */
export interface AdapterLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

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
