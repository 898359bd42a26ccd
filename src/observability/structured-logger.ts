/**
 * The slice of a pino Logger that library code needs: object first, message second. Depending on
 * this instead of pino's Logger keeps modules testable with a plain recording object.
 */
export interface StructuredLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
