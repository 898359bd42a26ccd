import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MetricsRegistry } from "./metrics-registry.js";

export interface HealthReport {
  /** ok; degraded = answering, but something is wrong (e.g. records kept in memory); unavailable = not ready. */
  status: "ok" | "degraded" | "unavailable";
  /** False → HTTP 503: a transport is not connected yet (or any more), or shutdown has begun. */
  ready?: boolean;
  /** Per transport, e.g. {slack: {ready: true}, discord: {ready: false}}. */
  transports?: Record<string, { ready: boolean }>;
  /** Short English details for operators, e.g. {store: "memory-fallback"}. */
  details?: Record<string, string>;
}

export interface MetricsServerOptions {
  port: number;
  /** Loopback by default: metrics are for the local Prometheus agent, not the internet. */
  host?: string;
  registry: Pick<MetricsRegistry, "render" | "contentType">;
  health?: () => HealthReport;
}

export interface RunningMetricsServer {
  server: Server;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * GET /healthz (JSON; 200 when ready — also when degraded, since the bot still answers — and 503
 * while a transport is not ready) and GET /metrics (Prometheus text from prom-client).
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<RunningMetricsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const head = req.method === "HEAD";
    const fail = () => {
      // A failing probe or collector must not crash the process; report it as an error instead.
      if (!res.headersSent) res.writeHead(500).end();
    };
    try {
      if (path === "/healthz") {
        const report = options.health?.() ?? { status: "ok" };
        res.writeHead(report.ready === false ? 503 : 200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
        res.end(head ? undefined : JSON.stringify(report));
      } else if (path === "/metrics") {
        options.registry.render().then((body) => {
          res.writeHead(200, { "content-type": options.registry.contentType, "cache-control": "no-store" });
          res.end(head ? undefined : body);
        }, fail);
      } else {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      }
    } catch {
      fail();
    }
  });
  server.requestTimeout = 10_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper's keep-alive connection would otherwise hold shutdown open.
        server.closeAllConnections();
      }),
  };
}
