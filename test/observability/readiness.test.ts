import { afterEach, describe, expect, it } from "vitest";
import { createAlubotMetrics } from "../../src/observability/alubot-metrics.js";
import { startMetricsServer, type RunningMetricsServer } from "../../src/observability/metrics-server.js";
import { createReadiness } from "../../src/observability/readiness.js";

describe("readiness", () => {
  it("is not ready until every expected transport reports, follows reconnects, and stays down after shutdown", () => {
    const changes: string[] = [];
    const r = createReadiness((name, ready) => changes.push(`${name}=${ready}`));
    r.expect(["slack", "discord"]);
    expect(r.report()).toEqual({ ready: false, transports: { slack: { ready: false }, discord: { ready: false } } });
    const slack = r.track("slack");
    const discord = r.track("discord");
    slack.set(true);
    expect(r.report().ready).toBe(false);
    discord.set(true);
    expect(r.report()).toEqual({ ready: true, transports: { slack: { ready: true }, discord: { ready: true } } });
    discord.set(false); // gateway reconnecting
    expect(r.report().ready).toBe(false);
    discord.set(true);
    r.shutDown();
    expect(r.report()).toEqual({ ready: false, transports: { slack: { ready: false }, discord: { ready: false } } });
    expect(changes).toEqual(["slack=false", "discord=false", "slack=true", "discord=true", "discord=false", "discord=true", "slack=false", "discord=false"]);
  });

  it("with nothing expected (a bare metrics server) it is ready", () => {
    expect(createReadiness().report()).toEqual({ ready: true, transports: {} });
  });
});

describe("/healthz status codes", () => {
  let running: RunningMetricsServer | undefined;
  afterEach(async () => running?.close());

  it("answers 503 while not ready and 200 when ready (degraded included), with the per-transport report", async () => {
    const r = createReadiness();
    const slack = r.track("slack");
    running = await startMetricsServer({
      port: 0,
      registry: createAlubotMetrics().registry,
      health: () => ({ status: r.report().ready ? "degraded" : "unavailable", ...r.report() }),
    });
    const url = `http://127.0.0.1:${running.port}/healthz`;
    const first = await fetch(url);
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ status: "unavailable", ready: false, transports: { slack: { ready: false } } });
    slack.set(true);
    const second = await fetch(url);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ status: "degraded", ready: true, transports: { slack: { ready: true } } });
    expect((await fetch(url, { method: "HEAD" })).status).toBe(200);
  });
});
