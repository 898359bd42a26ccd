import { App, type AppOptions } from "@slack/bolt";
import type { SlackConfig } from "../../config/app-config.js";
import { describeError } from "../adapter-logger.js";
import { createBoltLogger } from "./create-bolt-logger.js";
import { registerEventDedupe } from "./dedupe-slack-events.js";
import { registerActionHandlers } from "./register-action-handlers.js";
import { registerAssistant } from "./register-assistant.js";
import { registerCommandHandlers } from "./register-command-handlers.js";
import { registerHomeHandlers } from "./register-home-handlers.js";
import { registerMessageHandlers } from "./register-message-handlers.js";
import { registerViewHandlers } from "./register-view-handlers.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

export interface SlackTransportOptions {
  /** Web API retries per call. Bolt's default retries for ~30 minutes; a chat reply is stale long before. */
  retries?: number;
  /** HTTP mode: run listeners before answering the request (tests assert on the response). */
  processBeforeResponse?: boolean;
  /** HTTP mode listen address; undefined = all interfaces. */
  host?: string;
  /** How long shutdown waits for replies in flight. */
  drainTimeoutMs?: number;
}

export interface SlackTransport {
  readonly mode: SlackConfig["mode"];
  app: App;
  /** Connects (Socket Mode) or listens (HTTP mode); resolves with the bound port in HTTP mode. */
  start(): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

/** Builds the Bolt app for Socket Mode or HTTP mode, whichever the configuration names. */
export function createSlackTransport(config: SlackConfig, deps: SlackAdapterDeps, options: SlackTransportOptions = {}): SlackTransport {
  const retries = options.retries ?? 3;
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith("/") ? config.apiUrl : `${config.apiUrl}/` } : {}),
    // Bounded exponential backoff: at most ~10 s per call in production.
    retryConfig: { retries, factor: 2, minTimeout: 500, maxTimeout: 4000, randomize: true },
  };
  const common: AppOptions = {
    token: config.botToken,
    logger: createBoltLogger(deps.logger),
    clientOptions,
    // auth.test happens in start(), where a bad token can be reported, not in the constructor.
    deferInitialization: true,
  };
  const app =
    config.mode === "socket"
      ? new App({ ...common, socketMode: true, appToken: config.appToken, installerOptions: { clientOptions } })
      : new App({ ...common, signingSecret: config.signingSecret, processBeforeResponse: options.processBeforeResponse ?? false });

  // Order matters: dedupe is global middleware and must see every event first; the assistant
  // middleware then takes DM thread messages before the plain message listener could.
  registerEventDedupe(app, deps);
  registerAssistant(app, deps);
  registerMessageHandlers(app, deps);
  registerCommandHandlers(app, deps);
  registerActionHandlers(app, deps);
  registerViewHandlers(app, deps);
  registerHomeHandlers(app, deps);
  app.error(async (err) => {
    deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: unhandled listener error");
  });

  let started = false;
  return {
    mode: config.mode,
    app,
    async start() {
      await app.init();
      if (config.mode === "socket") {
        await app.start();
        started = true;
        return { port: null };
      }
      const server = await app.start({ port: config.port, ...(options.host ? { host: options.host } : {}) });
      started = true;
      const address = server.address();
      return { port: typeof address === "object" && address ? address.port : config.port };
    },
    async stop() {
      await deps.inFlight.drain(options.drainTimeoutMs ?? 10_000);
      if (started) await app.stop();
      started = false;
    },
  };
}
