import pg from "pg";

export interface PgPoolOptions {
  /** Connections per replica; the bot's queries are short, a handful is plenty. */
  max?: number;
  /** A database that does not answer must not hold an answer for long: the resilient layer then queues. */
  connectionTimeoutMs?: number;
  queryTimeoutMs?: number;
  /** Called for errors on idle connections (the server went away); without a listener they crash the process. */
  onIdleError?: (err: Error) => void;
}

/** int8 (bigint: millisecond timestamps, bigserial ids) as JS numbers; ours stay far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

export function createPgPool(connectionString: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 5,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 3000,
    query_timeout: options.queryTimeoutMs ?? 5000,
    keepAlive: true,
    idleTimeoutMillis: 30_000,
    application_name: "alubot",
    types: TYPES,
  });
  pool.on("error", (err) => options.onIdleError?.(err));
  return pool;
}

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;
