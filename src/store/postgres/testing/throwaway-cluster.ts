import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/*
 * A throwaway PostgreSQL server on 127.0.0.1 and a temp data dir, for the tests (global setup) and the
 * bench when no DATABASE_URL is given. Production never imports this module. Uses Debian's packaged
 * binaries (/usr/lib/postgresql/<version>/bin); PostgreSQL refuses to run as root, so as root it runs
 * them as the `postgres` user through runuser, as the Debian package itself does.
 */

const run = promisify(execFile);

export interface ThrowawayCluster {
  /** Superuser URL of the `postgres` database, e.g. postgres://postgres@127.0.0.1:54329/postgres. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The newest installed server's bin dir, or null when PostgreSQL is not installed. */
export function findPostgresBin(root = "/usr/lib/postgresql"): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ThrowawayOptions {
  /** Tests only: fsync off makes initdb and every commit cheap; the data is deleted afterwards anyway. */
  fast?: boolean;
}

export async function startThrowawayCluster(options: ThrowawayOptions = {}): Promise<ThrowawayCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), "alubot-pg-"));
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const exec = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(dir, "data");
  await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", ...(options.fast ? ["--no-sync"] : [])]);
  const settings = [
    "-c listen_addresses=127.0.0.1",
    `-k ${dir}`,
    "-c max_connections=300",
    ...(options.fast ? ["-c fsync=off", "-c full_page_writes=off", "-c synchronous_commit=off"] : []),
  ];
  let port = 0;
  // The free port may be taken between probing and binding; a second try is enough in practice.
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await exec("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-t", "30", "-o", `-p ${port} ${settings.join(" ")}`, "start"]);
      break;
    } catch (err) {
      if (attempt >= 2) throw err;
    }
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
