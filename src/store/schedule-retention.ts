import type { StructuredLogger } from "../observability/structured-logger.js";
import type { PruneCounts } from "./store-backend.js";

/**
 * Applies retention now and then hourly. The timer is unref'd (it never keeps the process alive);
 * a failing prune is logged and retried at the next tick rather than stopping the bot.
 */
export function scheduleRetention(
  prune: () => PruneCounts | Promise<PruneCounts>,
  logger: Pick<StructuredLogger, "info" | "error">,
  everyMs = 3600_000,
): () => void {
  const run = async () => {
    try {
      const counts = await prune();
      if (counts.audit || counts.feedback || counts.conversations) logger.info({ ...counts }, "已按保留期限清理过期记录");
    } catch (err) {
      logger.error({ err }, "清理过期记录失败");
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
