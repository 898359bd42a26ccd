import { pino, type Logger } from "pino";
import type { AppConfig } from "../config/app-config.js";

/**
 * JSON logs on stderr: stdout stays free for the terminal chat and CLI output. Token-bearing keys
 * are redacted as a second line of defence; adapters already never log requests or configs.
 */
export function createLogger(level: AppConfig["logLevel"]): Logger {
  return pino(
    {
      level,
      redact: { paths: ["token", "botToken", "appToken", "signingSecret", "apiKey", "*.token", "*.botToken", "*.appToken", "*.signingSecret", "*.apiKey", "headers.authorization"], censor: "[已隐藏]" },
    },
    pino.destination(2),
  );
}
