import type { AdapterLogger } from "../../src/adapters/adapter-logger.js";

export interface LogEntry {
  level: "debug" | "info" | "warn" | "error";
  obj: Record<string, unknown>;
  msg: string;
}

export interface RecordingLogger extends AdapterLogger {
  entries: LogEntry[];
  messages(level: LogEntry["level"]): string[];
}

/** Keeps every log line so tests can assert that failures were logged (and secrets were not). */
export function createRecordingLogger(): RecordingLogger {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry["level"]) => (obj: object, msg = "") => void entries.push({ level, obj: obj as Record<string, unknown>, msg });
  return {
    entries,
    messages: (level) => entries.filter((e) => e.level === level).map((e) => e.msg),
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
}
