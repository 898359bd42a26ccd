/** The logging surface answerers and the engine need; pino satisfies it, tests pass a recorder. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export function createSilentLogger(): Logger {
  return { info: () => {}, warn: () => {}, error: () => {} };
}
