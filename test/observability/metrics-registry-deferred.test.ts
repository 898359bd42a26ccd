import { describe, expect, it } from "vitest";
import { createMetricsRegistry, type MetricsRegistry } from "../../src/observability/metrics-registry.js";

/** The same operations, in the same order, on a registry. */
function record(r: MetricsRegistry, n: number) {
  const requests = r.counter("t_requests_total", "requests", ["platform"]);
  const latency = r.histogram("t_latency_seconds", "latency", [0.01, 0.1, 1], ["platform"]);
  const ready = r.gauge("t_ready", "ready", ["transport"]);
  for (let i = 0; i < n; i++) {
    requests.inc({ platform: i % 3 ? "cli" : "slack" });
    latency.observe((i % 7) / 10, { platform: "cli" });
    ready.set(i % 2, { transport: "slack" });
  }
  return requests;
}

describe("metrics registry with prom-client loaded on demand", () => {
  it("operations recorded before the exposition is first needed are replayed exactly", async () => {
    const live = createMetricsRegistry();
    await live.render(); // prom-client loaded before any operation
    record(live, 50);
    const deferred = createMetricsRegistry();
    const requests = record(deferred, 50); // loaded only by the render below
    expect(requests.value({ platform: "cli" })).toBe(33);
    const text = await deferred.render();
    expect(text).toContain('t_requests_total{platform="cli"} 33');
    expect(text).toBe(await live.render());
  });

  it("a backlog past its bound loads prom-client and keeps counting exactly", async () => {
    const live = createMetricsRegistry();
    void live.contentType;
    record(live, 4000);
    const deferred = createMetricsRegistry();
    record(deferred, 4000); // 12,000 operations: more than the backlog holds
    expect(await deferred.render()).toBe(await live.render());
    expect(deferred.contentType).toMatch(/^text\/plain/);
  });
});
