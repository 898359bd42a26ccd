import { runTerminalChat } from "../../adapters/terminal/run-terminal-chat.js";
import { MetricsServerError } from "../../app/metrics-server-error.js";
import { selectTransports, startTransports, stopTransports, type RunningTransport } from "../../app/start-transports.js";
import { TransportStartError } from "../../app/transport-start-error.js";
import { waitForShutdown } from "../../app/wait-for-shutdown.js";
import type { Engine } from "../../engine/engine.js";
import type { RunningMetricsServer } from "../../observability/metrics-server.js";
import type { CliCommand, CliIo } from "../cli-command.js";
import { writeLine } from "../write-output.js";

export interface StartCommandDeps {
  /** The terminal chat; injected so the startup wiring can be tested without a terminal. */
  runTerminalChat(engine: Engine, io: CliIo): Promise<unknown>;
  /** Resolves when the process should shut down (SIGINT/SIGTERM in production). */
  waitForShutdown(): Promise<string>;
}

const defaultDeps: StartCommandDeps = {
  runTerminalChat,
  waitForShutdown,
};

/**
 * `alubot start` (= `npm start`): every configured chat platform, or the terminal chat when none is;
 * plus /healthz and /metrics when ALUBOT_METRICS_PORT is set. The health server comes up first, so
 * a probe sees 503 while the platforms connect, and goes down last, after the replies in flight.
 */
export function createStartCommand(deps: StartCommandDeps = defaultDeps): CliCommand {
  return {
    name: "start",
    summary: "启动已配置的聊天机器人（Slack、Discord 或两者）；都未配置时进入终端聊天",
    usage: "alubot start   （通过环境变量配置，见 README 与 .env.example）",
    needsDataDir: true,
    async run({ app, io }) {
      const logger = app.logger();
      // PostgreSQL unreachable at start is fatal (exit 1, the host named in Chinese): a replica that shares nothing must not run.
      await app.openStores();
      const engine = app.engine();
      const feedbackStore = app.feedbackStore();
      const readiness = app.readiness();
      readiness.expect(selectTransports(app.config));
      const starters = app.transportStarters({ engine, feedbackStore, logger, readiness, runTerminal: () => deps.runTerminalChat(engine, io) });
      const shutdown = deps.waitForShutdown();
      let metricsServer: RunningMetricsServer | null;
      try {
        metricsServer = await app.startMetricsServer();
      } catch (err) {
        if (!(err instanceof MetricsServerError)) throw err;
        writeLine(io.stderr, `错误：${err.message}`);
        app.close();
        return 1;
      }
      if (metricsServer) {
        const base = `http://${metricsServer.host}:${metricsServer.port}`;
        writeLine(io.stderr, `健康检查与指标：${base}/healthz 、${base}/metrics`);
      }
      let running: RunningTransport[];
      try {
        running = await startTransports(app.config, starters, logger);
      } catch (err) {
        await metricsServer?.close();
        app.close();
        if (!(err instanceof TransportStartError)) throw err;
        writeLine(io.stderr, `错误：${err.message}`);
        return 1;
      }
      // The terminal chat announces itself in its own banner; a second line would land after its prompt.
      if (running.some((t) => t.name !== "terminal")) writeLine(io.stderr, `alubot 已启动：${running.map((t) => t.label).join("、")}`);
      const ended = running.flatMap((t) => (t.done ? [t.done.then(() => "ended", () => "ended")] : []));
      const reason = await Promise.race([shutdown, ...ended]);
      logger.info({ reason }, "shutting down");
      // Unready first, so a load balancer stops sending work while the replies in flight finish.
      readiness.shutDown();
      await stopTransports(running, logger);
      await metricsServer?.close();
      await app.close();
      if (reason !== "ended") writeLine(io.stderr, "alubot 已停止。");
      return 0;
    },
  };
}

export const startCommand = createStartCommand();
