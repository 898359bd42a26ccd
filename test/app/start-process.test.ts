import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlackWebApi, type FakeSlackWebApi } from "../../src/adapters/slack/testing/fake-slack-web-api.js";
import { postSigned } from "../../src/adapters/slack/testing/sign-slack-request.js";
import { buildAppMention } from "../../src/adapters/slack/testing/slack-event-envelopes.js";
import { startGatedHttpProxy, type GatedHttpProxy } from "../helpers/gated-http-proxy.js";
import { assertBuilt, BUILT_CLI, collect, isolatedEnv, waitForOutput } from "../helpers/run-built-cli.js";

/*
 * Issue 12 item 4, black-box: a real `alubot start` subprocess (Slack over HTTP, real Bolt) against
 * the loopback Slack Web API fake, with ALUBOT_METRICS_PORT set. /healthz is 503 until Slack has
 * accepted the bot, 200 once the listener is up; /metrics is prom-client text with the process,
 * event-loop and GC series and ours; SIGTERM closes everything and exits 0.
 */

const SECRET = "test-signing-secret";
let slack: FakeSlackWebApi;
let gate: GatedHttpProxy;

beforeAll(async () => {
  assertBuilt();
  slack = await startFakeSlackWebApi();
  // auth.test is Bolt's first call in start(): holding it keeps the transport "starting".
  gate = await startGatedHttpProxy(slack.apiUrl, (path) => path.includes("auth.test"));
});
afterAll(async () => {
  await gate?.close();
  await slack?.close();
});

const getJson = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(false)));
    s.once("error", () => resolve(true));
  });
}

describe("alubot start (built CLI) with ALUBOT_METRICS_PORT", () => {
  it("serves /healthz (503 until Slack is up, then 200) and prom-client /metrics, counts a Slack answer, and closes on SIGTERM", async () => {
    const env = isolatedEnv({
      ALUBOT_DATA_DIR: mkdtempSync(join(tmpdir(), "alubot-start-")),
      SLACK_BOT_TOKEN: "xoxb-start-process",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: "0",
      SLACK_API_URL: `${gate.url}/api/`,
      ALUBOT_METRICS_PORT: "0",
    });
    const child = spawn(process.execPath, [BUILT_CLI, "start"], { env, cwd: tmpdir(), stdio: ["ignore", "pipe", "pipe"] });
    const exit = collect(child, 60_000);
    try {
      const [, metricsPort] = await waitForOutput(child, /健康检查与指标：http:\/\/127\.0\.0\.1:(\d+)\/healthz/);
      const base = `http://127.0.0.1:${metricsPort}`;

      const starting = await getJson(`${base}/healthz`);
      expect(starting).toEqual({ status: 503, body: { status: "unavailable", ready: false, transports: { slack: { ready: false } }, details: { store: "sqlite" } } });

      gate.release();
      const [, slackPort] = await waitForOutput(child, /alubot 已启动：Slack（HTTP 模式，端口 (\d+)/);
      const up = await getJson(`${base}/healthz`);
      expect(up).toEqual({ status: 200, body: { status: "ok", ready: true, transports: { slack: { ready: true } }, details: { store: "sqlite" } } });

      const mention = buildAppMention({ text: "到2027年再生铝占原铝供应量的比重要达到多少？", ts: "1700000100.000100", channel: "C100", user: "U100" }, 1);
      const ack = await postSigned(`http://127.0.0.1:${slackPort}/slack/events`, SECRET, JSON.stringify(mention), "application/json");
      expect(ack.status).toBe(200);
      const answered = await slack.waitForCall("chat.update", (c) => String(c.body.text ?? "").includes("再生铝"), 20_000);
      expect(answered.body.channel).toBe("C100");

      const res = await fetch(`${base}/metrics`);
      expect(res.headers.get("content-type")).toContain("text/plain; version=0.0.4");
      const metrics = await res.text();
      expect(metrics).toContain('alubot_questions_total{platform="slack",kind="answer"} 1');
      expect(metrics).toContain('alubot_answer_duration_seconds_count{platform="slack"} 1');
      expect(metrics).toContain('alubot_answers_total{mode="offline",kind="answer"} 1');
      expect(metrics).toContain('alubot_transport_ready{transport="slack"} 1');
      for (const family of ["process_cpu_user_seconds_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_seconds", "nodejs_gc_duration_seconds", "alubot_refusals_total", "alubot_llm_calls_total", "alubot_llm_fallbacks_total", "alubot_feedback_total"]) {
        expect(metrics, family).toContain(`# TYPE ${family} `);
      }
      // No secret ever reaches a label or a help text.
      expect(metrics).not.toContain("xoxb-start-process");

      child.kill("SIGTERM");
      const run = await exit;
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain("alubot 已停止");
      expect(run.stdout).toBe("");
      expect(await refused(Number(metricsPort))).toBe(true);
      expect(await refused(Number(slackPort))).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("exits 1 with a Chinese message when the metrics port is taken", async () => {
    const blocker = await new Promise<Server>((resolve) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => resolve(s));
    });
    const port = (blocker.address() as { port: number }).port;
    try {
      const env = isolatedEnv({ ALUBOT_DATA_DIR: mkdtempSync(join(tmpdir(), "alubot-start-")), ALUBOT_METRICS_PORT: String(port) });
      const child = spawn(process.execPath, [BUILT_CLI, "start"], { env, cwd: tmpdir(), stdio: ["pipe", "pipe", "pipe"] });
      const run = await collect(child, 30_000);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`无法在 127.0.0.1:${port} 上启动健康检查与指标服务（端口已被占用）`);
      expect(run.stdout).toBe("");
    } finally {
      blocker.close();
    }
  });
});
