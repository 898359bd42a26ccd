import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MetricsRegistry } from "./metrics-registry.js";

export interface HealthReport {
  status: "ok" | "degraded";
  /** Short English details for operators, e.g. {store: "memory-fallback"}. */
  details?: Record<string, string>;
}

export interface MetricsServerOptions {
  port: number;
  /** Loopback by default: metrics are for the local Prometheus agent, not the internet. */
  host?: string;
  registry: Pick<MetricsRegistry, "render">;
  health?: () => HealthReport;
}

export interface RunningMetricsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** GET /healthz (JSON; 200 even when degraded — the bot still answers) and GET /metrics (Prometheus text). */
export async function startMetricsServer(options: MetricsServerOptions): Promise<RunningMetricsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    try {
      if (path === "/healthz") {
        const report = options.health?.() ?? { status: "ok" };
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
        res.end(req.method === "HEAD" ? undefined : JSON.stringify(report));
      } else if (path === "/metrics") {
        const body = options.registry.render();
        res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" });
        res.end(req.method === "HEAD" ? undefined : body);
      } else {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      }
    } catch {
      // A failing health probe must not crash the process; report it as an error instead.
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
