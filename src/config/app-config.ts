import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ConfigError } from "./config-error.js";

/** Root of the installed package (dist/config/.. or src/config/..), for the bundled corpus and prompts. */
export function packageRoot(): string {
  return resolve(fileURLToPath(new URL("../..", import.meta.url)));
}

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

export const EnvSchema = z.object({
  ALUBOT_CORPUS_DIR: optionalString,
  ALUBOT_DATA_DIR: optionalString,
  ALUBOT_LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});
export type Env = z.infer<typeof EnvSchema>;

export const AppConfigSchema = z.object({
  corpusDir: z.string(),
  dataDir: z.string(),
  logLevel: EnvSchema.shape.ALUBOT_LOG_LEVEL,
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

/**
 * The one place that reads the environment. Everything else receives an AppConfig. Messages name
 * the variable and what is wrong with it, never its value (it may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}：${i.message}`);
    throw new ConfigError(`环境变量配置有误：\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const root = packageRoot();
  return {
    corpusDir: resolve(overrides.corpusDir ?? e.ALUBOT_CORPUS_DIR ?? resolve(root, "corpus")),
    dataDir: resolve(overrides.dataDir ?? e.ALUBOT_DATA_DIR ?? resolve(root, ".alubot")),
    logLevel: overrides.logLevel ?? e.ALUBOT_LOG_LEVEL,
  };
}
