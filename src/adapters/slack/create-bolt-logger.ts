import { LogLevel, type Logger } from "@slack/bolt";
import type { AdapterLogger } from "../adapter-logger.js";

/** Routes Bolt's own log lines into the app logger so one place decides format and level. */
export function createBoltLogger(logger: AdapterLogger): Logger {
  let level: LogLevel = LogLevel.INFO;
  const join = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === "string" ? m : JSON.stringify(m))).join(" ");
  return {
    debug: (...msg) => logger.debug({ source: "bolt" }, join(msg)),
    info: (...msg) => logger.info({ source: "bolt" }, join(msg)),
    warn: (...msg) => logger.warn({ source: "bolt" }, join(msg)),
    error: (...msg) => logger.error({ source: "bolt" }, join(msg)),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
