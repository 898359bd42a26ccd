import type { StructuredLogger } from "./structured-logger.js";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";

/** pino's numeric levels: a line is written when its level is at least the configured one. */
const LEVEL_VALUES: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/**
 * A logger that builds the real one (pino and its stream) only when a line at an enabled level is
 * first written. One-shot commands run at warn and usually log nothing, so they never load pino
 * (~30 ms of a cold start); a line that is written goes through the same logger, unchanged.
 */
export function createLazyLogger(level: LogLevel, build: () => StructuredLogger): StructuredLogger {
  const threshold = LEVEL_VALUES[level];
  let real: StructuredLogger | undefined;
  const at = (name: keyof StructuredLogger) => {
    const value = LEVEL_VALUES[name];
    return (obj: object, msg?: string) => {
      if (value < threshold) return;
      real ??= build();
      // Forward exactly what the caller passed: pino treats a missing message differently from undefined.
      if (msg === undefined) real[name](obj);
      else real[name](obj, msg);
    };
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
