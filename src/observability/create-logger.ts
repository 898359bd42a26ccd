import { createRequire } from "node:module";
import type { DestinationStream, Logger, LoggerOptions } from "pino";
import { redactSecrets } from "./redact-secrets.js";

const localRequire = createRequire(import.meta.url);

export type { Logger } from "pino";

export interface LoggerFactoryOptions {
  level: LoggerOptions["level"];
  /** Where JSON lines go; default stderr (fd 2), never stdout. Tests pass a stream to read them back. */
  destination?: DestinationStream;
  /** Pretty, human-readable lines; default: when stderr is a terminal and pino-pretty is installed. */
  pretty?: boolean;
}

/** Structured fields that hold credentials anywhere in a log object (two levels deep). */
export const REDACT_PATHS = [
  "token", "apiKey", "secret", "password", "authorization", "signingSecret", "botToken", "appToken",
  "*.token", "*.apiKey", "*.secret", "*.password", "*.authorization", "*.signingSecret", "*.botToken", "*.appToken",
  "headers.authorization", "*.headers.authorization", "headers.cookie", "*.headers.cookie",
  'headers["x-slack-signature"]', '*.headers["x-slack-signature"]',
];

/**
 * JSON logs by default (one object per line, for machines); pretty in a terminal. Always on stderr:
 * stdout carries only a command's result (`alubot ask --json … | jq` must parse), at every level.
 * Question and answer text are only ever logged at debug level by callers; here we make sure no
 * token survives in messages.
 */
export function createLogger(options: LoggerFactoryOptions): Logger {
  // Required here rather than imported at the top: pino is CommonJS, so this stays synchronous, and a
  // process that never writes a log line (createLazyLogger) never loads it.
  const { pino } = localRequire("pino") as typeof import("pino");
  const config: LoggerOptions = {
    level: options.level ?? "info",
    base: { app: "alubot" },
    redact: { paths: REDACT_PATHS, censor: "[REDACTED]" },
    serializers: {
      err: (err: unknown) => {
        // Callers often log `err.message` (a string): spreading a string would log it character by character.
        if (typeof err !== "object" || err === null) return { message: redactSecrets(String(err)) };
        const e = pino.stdSerializers.err(err as Error);
        return { ...e, message: redactSecrets(String(e.message ?? "")), stack: e.stack ? redactSecrets(e.stack) : undefined };
      },
    },
    hooks: {
      // Free-text messages may quote a URL or header: scrub token shapes from every string argument.
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? redactSecrets(a) : a)) as typeof args;
        method.apply(this, scrubbed);
      },
    },
  };
  if (options.destination) return pino(config, options.destination);
  const wantPretty = options.pretty ?? process.stderr.isTTY === true;
  const prettyStream = wantPretty ? loadPrettyStream() : undefined;
  // Synchronous writes: a one-shot command that exits right after its answer must not lose log lines.
  return pino(config, prettyStream ?? pino.destination({ dest: STDERR_FD, sync: true }));
}

const STDERR_FD = 2;

/** pino-pretty is a dev dependency: absent in a production install, where JSON is the right output anyway. */
function loadPrettyStream(): DestinationStream | undefined {
  try {
    const pretty = localRequire("pino-pretty") as (opts: object) => DestinationStream;
    return pretty({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,app", sync: true, destination: STDERR_FD });
  } catch {
    return undefined;
  }
}
