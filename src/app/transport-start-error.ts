import type { TransportName } from "./start-transports.js";

const PLATFORM_NAMES: Record<TransportName, string> = { slack: "Slack", discord: "Discord", terminal: "终端聊天" };

/** A transport could not start; the message is Chinese and names the platform, never a token. */
export class TransportStartError extends Error {
  override name = "TransportStartError";
  constructor(readonly transport: TransportName, cause: unknown) {
    super(`${PLATFORM_NAMES[transport]} 启动失败：${cause instanceof Error ? cause.message : String(cause)}（请检查相关环境变量和网络）`, { cause });
  }
}
