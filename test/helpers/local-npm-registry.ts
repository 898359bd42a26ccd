import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export interface LocalNpmRegistry {
  /** For `npm --registry`. */
  url: string;
  /** Packument and tarball requests, by package name (what the install asked for). */
  requests: string[];
  /** Names asked for that the lockfile does not hold (a dependency the install should not need). */
  misses: string[];
  close(): Promise<void>;
}

const MANIFEST_FIELDS = [
  "dependencies", "optionalDependencies", "peerDependencies", "peerDependenciesMeta", "bin", "directories", "engines", "os", "cpu", "libc",
  "main", "exports", "type", "license",
] as const;

/**
 * A stand-in for registry.npmjs.org on 127.0.0.1, so `npm install -g ./alubot-*.tgz` can be tested
 * offline. It serves exactly the versions package-lock.json locks (the tree `npm test` itself runs
 * on), with each package's tarball packed on the fly from its folder in the repo's node_modules — so
 * native addons (better-sqlite3, hnswlib-node) arrive already compiled for this machine, and the
 * round trip skips the minute-long compile a real install runs (with --allow-scripts).
 */
export async function startLocalNpmRegistry(repoRoot: string): Promise<LocalNpmRegistry> {
  const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, Record<string, unknown>> };
  /** name → version → lock path */
  const index = new Map<string, Map<string, string>>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.link) continue;
    const name = (entry.name as string | undefined) ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    const versions = index.get(name) ?? new Map<string, string>();
    versions.set(String(entry.version), path);
    index.set(name, versions);
  }
  const requests: string[] = [];
  const misses: string[] = [];

  const manifest = (name: string, version: string, path: string, base: string) => {
    const dir = join(repoRoot, path);
    const source: Record<string, unknown> = existsSync(join(dir, "package.json"))
      ? (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>)
      : lock.packages[path]!;
    const m: Record<string, unknown> = { name, version };
    for (const f of MANIFEST_FIELDS) if (source[f] !== undefined) m[f] = source[f];
    m.dist = { tarball: `${base}/-/tarball/${encodeURIComponent(path)}` };
    return m;
  };

  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.startsWith("/-/tarball/")) {
      const path = url.slice("/-/tarball/".length);
      const dir = join(repoRoot, path);
      if (!lock.packages[path] || !existsSync(dir)) {
        res.writeHead(404).end();
        return;
      }
      requests.push(`tarball ${path}`);
      res.writeHead(200, { "content-type": "application/octet-stream" });
      // npm tarballs hold a top-level package/ folder; nested node_modules are packages of their own.
      // Left uncompressed (npm reads plain tar too): gzip would only cost CPU on loopback.
      const tar = spawn("tar", ["-c", "-C", dir, "--anchored", "--exclude=./node_modules", "--exclude=./build/Release/obj*", "--exclude=./build/Release/.deps", "--transform", "s,^\\.,package,", "."], { stdio: ["ignore", "pipe", "ignore"] });
      tar.stdout.pipe(res);
      return;
    }
    const name = url.slice(1);
    const versions = index.get(name);
    requests.push(`packument ${name}`);
    if (!versions) {
      misses.push(name);
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    const top = versions.get(String(lock.packages[`node_modules/${name}`]?.version)) ? String(lock.packages[`node_modules/${name}`]!.version) : [...versions.keys()].at(-1)!;
    const doc = {
      name,
      "dist-tags": { latest: top },
      versions: Object.fromEntries([...versions].map(([v, path]) => [v, manifest(name, v, path, base)])),
    };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(doc));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    misses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
