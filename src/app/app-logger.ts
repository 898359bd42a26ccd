import type { AdapterLogger } from "../adapters/adapter-logger.js";
import type { AppConfig } from "../config/app-config.js";
import { createLogger } from "../observability/create-logger.js";
import { createLazyLogger } from "../observability/lazy-logger.js";
import type { App, AppProviders } from "./app.js";

/** Part of the composition root: the one logger, a test's recorder or pino on stderr (loaded on the first written line). */
export function buildAppLogger(config: AppConfig, provide: AppProviders["logger"], app: App): AdapterLogger {
  const provided = provide?.(app);
  // A test recorder may omit debug; debug lines are the only ones it can safely drop.
  if (provided) return { debug: (o, m) => provided.debug?.(o, m), info: (o, m) => provided.info(o, m), warn: (o, m) => provided.warn(o, m), error: (o, m) => provided.error(o, m) };
  return createLazyLogger(config.logLevel, () => createLogger({ level: config.logLevel }));
}
