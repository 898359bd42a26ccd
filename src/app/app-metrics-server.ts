import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { AppConfig } from "../config/app-config.js";
import type { AlubotMetrics } from "../observability/alubot-metrics.js";
import type { HealthReport, RunningMetricsServer } from "../observability/metrics-server.js";
import type { Readiness } from "../observability/readiness.js";
import type { Stores } from "../store/resilient-stores.js";
import { MetricsServerError } from "./metrics-server-error.js";

export interface MetricsServerParts {
  metrics(): AlubotMetrics;
  readiness(): Readiness;
  /** The stores if opened: /healthz reports their health, and never opens them itself. */
  openedStores(): Stores | undefined;
  logger(): AdapterLogger;
}

/**
 * Part of the composition root: /healthz and /metrics when AppConfig.metricsPort is set, else null.
 * The HTTP server module is imported here, on use: a one-shot command never loads node:http for it.
 */
export async function startAppMetricsServer(config: AppConfig, parts: MetricsServerParts): Promise<RunningMetricsServer | null> {
  if (config.metricsPort === undefined) return null;
  const host = config.metricsHost ?? "127.0.0.1";
  const registry = parts.metrics().registry;
  registry.collectDefaults();
  const ready = parts.readiness();
  const health = (): HealthReport => {
    const { ready: isReady, transports } = ready.report();
    const stores = parts.openedStores();
    const store = stores ? stores.health() : { status: "ok" as const, details: {} };
    const status = !isReady ? "unavailable" : store.status;
    return { status, ready: isReady, transports, ...(Object.keys(store.details).length ? { details: store.details } : {}) };
  };
  let running: RunningMetricsServer;
  try {
    const { startMetricsServer } = await import("../observability/metrics-server.js");
    running = await startMetricsServer({ port: config.metricsPort, host, registry, health });
  } catch (err) {
    throw new MetricsServerError(host, config.metricsPort, err);
  }
  parts.logger().info({ host, port: running.port }, "metrics server listening");
  return running;
}
