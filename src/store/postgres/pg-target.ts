/** Where a postgres:// URL points, for logs and error messages: host, port and database, never the password. */
export interface PgTarget {
  host: string;
  port: number;
  database: string;
}

export function describePgUrl(url: string): PgTarget {
  try {
    const u = new URL(url);
    // A socket directory may be given as ?host=/run/postgresql; it names the server as well as a hostname does.
    const host = decodeURIComponent(u.hostname || u.searchParams.get("host") || "localhost");
    return { host, port: u.port ? Number(u.port) : 5432, database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres" };
  } catch {
    return { host: "（无法解析的地址）", port: 5432, database: "" };
  }
}

export function formatPgTarget(t: PgTarget): string {
  return `${t.host}:${t.port}/${t.database}`;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
