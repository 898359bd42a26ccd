import type { AppConfig, DiscordConfig, SlackConfig } from "../config/app-config.js";
import { describeError, type AdapterLogger } from "../adapters/adapter-logger.js";
import { TransportStartError } from "./transport-start-error.js";

export type TransportName = "slack" | "discord" | "terminal";

export interface RunningTransport {
  name: TransportName;
  /** Chinese description for the startup line, e.g. "Slack（Socket 模式）". Never contains secrets. */
  label: string;
  /** Resolves when the transport ends on its own (the terminal chat when the user quits). */
  done?: Promise<unknown>;
  stop(): Promise<void>;
}

export interface TransportStarters {
  slack(config: SlackConfig): Promise<RunningTransport>;
  discord(config: DiscordConfig): Promise<RunningTransport>;
  terminal(): Promise<RunningTransport>;
}

/** Every configured chat platform; the terminal chat only when none is configured. */
export function selectTransports(config: Pick<AppConfig, "slack" | "discord">): TransportName[] {
  const names: TransportName[] = [];
  if (config.slack) names.push("slack");
  if (config.discord) names.push("discord");
  return names.length ? names : ["terminal"];
}

/**
 * Starts the selected transports. If one fails to start, the ones already running are stopped and
 * the error propagates: a half-started bot that silently ignores one platform is worse than a clear exit.
 */
export async function startTransports(
  config: Pick<AppConfig, "slack" | "discord">,
  starters: TransportStarters,
  logger: AdapterLogger,
): Promise<RunningTransport[]> {
  const running: RunningTransport[] = [];
  for (const name of selectTransports(config)) {
    try {
      if (name === "slack" && config.slack) running.push(await starters.slack(config.slack));
      else if (name === "discord" && config.discord) running.push(await starters.discord(config.discord));
      else if (name === "terminal") running.push(await starters.terminal());
    } catch (err) {
      logger.error({ transport: name, ...describeError(err) }, "transport failed to start");
      await stopTransports(running, logger);
      throw new TransportStartError(name, err);
    }
  }
  logger.info({ transports: running.map((t) => t.name) }, "transports started");
  return running;
}

/** Stops in reverse start order; one failing stop does not keep the others open. */
export async function stopTransports(running: readonly RunningTransport[], logger: AdapterLogger): Promise<void> {
  for (const t of [...running].reverse()) {
    try {
      await t.stop();
      logger.info({ transport: t.name }, "transport stopped");
    } catch (err) {
      logger.error({ transport: t.name, ...describeError(err) }, "transport failed to stop cleanly");
    }
  }
}
