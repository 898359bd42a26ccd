import { afterEach, describe, expect, it } from "vitest";
import { createAlubotMetrics } from "../../src/observability/alubot-metrics.js";
import { createMetricsRegistry } from "../../src/observability/metrics-registry.js";
import { startMetricsServer, type RunningMetricsServer } from "../../src/observability/metrics-server.js";

describe("metrics registry", () => {
  it("renders counters, gauges and cumulative histograms in Prometheus text format", async () => {
    const r = createMetricsRegistry();
    const c = r.counter("t_questions_total", "Questions.", ["platform"]);
    const h = r.histogram("t_latency_seconds", "Latency.", [0.1, 1], ["platform"]);
    const g = r.gauge("t_state", "State.");
    c.inc({ platform: "slack" });
    c.inc({ platform: "slack" }, 2);
    c.inc({ platform: 'we"ird\n' });
    for (const v of [0.05, 0.5, 0.7, 3]) h.observe(v, { platform: "slack" });
    g.set(2);
    const text = await r.render();
    expect(text).toContain("# TYPE t_questions_total counter");
    expect(text).toContain('t_questions_total{platform="slack"} 3');
    expect(text).toContain('t_questions_total{platform="we\\"ird\\n"} 1');
    expect(text).toContain('t_latency_seconds_bucket{le="0.1",platform="slack"} 1');
    expect(text).toContain('t_latency_seconds_bucket{le="1",platform="slack"} 3');
    expect(text).toContain('t_latency_seconds_bucket{le="+Inf",platform="slack"} 4');
    expect(text).toContain('t_latency_seconds_count{platform="slack"} 4');
    expect(text).toMatch(/t_latency_seconds_sum\{platform="slack"\} 4\.25/);
    expect(text).toContain("t_state 2");
    expect(text.endsWith("\n")).toBe(true);
    expect(c.value({ platform: "slack" })).toBe(3);
    expect(c.value()).toBe(4);
    expect(h.count({ platform: "slack" })).toBe(4);
  });

  it("caps series per metric, drops undeclared labels and rejects duplicate names", async () => {
    const r = createMetricsRegistry(10);
    const c = r.counter("t_total", "x", ["user"]);
    for (let i = 0; i < 100; i++) c.inc({ user: String(i), secret: "never-a-label" });
    const text = await r.render();
    expect(text.split("\n").filter((l) => l.startsWith("t_total{")).length).toBe(10);
    expect(text).not.toContain("never-a-label");
    expect(() => r.counter("t_total", "again")).toThrow();
  });

  it("adds process, event-loop and GC metrics only when asked (the server asks)", async () => {
    const r = createMetricsRegistry();
    expect(await r.render()).not.toContain("process_cpu_user_seconds_total");
    r.collectDefaults();
    r.collectDefaults(); // idempotent: a second call must not register the collectors twice
    const text = await r.render();
    for (const name of ["process_cpu_user_seconds_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_seconds", "nodejs_heap_size_used_bytes", "nodejs_gc_duration_seconds"]) {
      expect(text, name).toContain(`# TYPE ${name}`);
    }
  });
});

describe("metrics server", () => {
  let running: RunningMetricsServer | undefined;
  afterEach(async () => running?.close());

  it("serves /healthz and /metrics on loopback and 404 elsewhere", async () => {
    const metrics = createAlubotMetrics();
    metrics.questions.inc({ platform: "discord", kind: "answer" });
    metrics.feedback.inc({ rating: "down" });
    running = await startMetricsServer({ port: 0, registry: metrics.registry, health: () => ({ status: "degraded", details: { store: "memory-fallback" } }) });
    expect(running.server.address()).toMatchObject({ address: "127.0.0.1" });
    const base = `http://127.0.0.1:${running.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "degraded", details: { store: "memory-fallback" } });
    const m = await fetch(`${base}/metrics`);
    expect(m.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    const body = await m.text();
    expect(body).toContain('alubot_questions_total{platform="discord",kind="answer"} 1');
    expect(body).toContain('alubot_feedback_total{rating="down"} 1');
    expect(body).toContain("# TYPE alubot_answer_duration_seconds histogram");
    expect((await fetch(`${base}/other`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBe(405);
  });
});
