import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { packageRoot } from "../package-root.js";
import { ConfigError } from "./config-error.js";

/**
 * Where data lives when ALUBOT_DATA_DIR is not set: a per-user folder outside the installed package
 * (which may be read-only, and is replaced on upgrade): $XDG_DATA_HOME/alubot, else
 * ~/.local/share/alubot. A relative XDG_DATA_HOME is ignored, as the XDG spec says.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME?.trim();
  if (xdg && isAbsolute(xdg)) return join(xdg, "alubot");
  const home = env.HOME?.trim() || homedir();
  return join(home, ".local", "share", "alubot");
}

/** Unset and blank are the same: an empty variable in a .env file means "not configured". */
const optionalString = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));
const optionalUrl = optionalString.pipe(z.url({ message: "必须是完整的 URL（如 http://127.0.0.1:8080/v1）" }).optional());
const optionalInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  optionalString.transform((s, ctx): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `必须是 ${min} 到 ${max} 之间的整数` });
      return z.NEVER;
    }
    return n;
  });
const intWithDefault = (def: number, min = 0) => optionalInt(min).transform((v) => v ?? def);

/** Every environment variable alubot reads. Names follow the libraries' own where they exist. */
export const EnvSchema = z.object({
  ALUBOT_CORPUS_DIR: optionalString,
  ALUBOT_DATA_DIR: optionalString,
  ALUBOT_LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).optional(),
  // LLM (any OpenAI-compatible server). With no key, everything runs offline.
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: optionalString,
  OPENAI_EMBEDDING_MODEL: optionalString,
  /** How structured output is requested: json_schema (default), functionCalling or jsonMode. */
  OPENAI_STRUCTURED_METHOD: z.enum(["jsonSchema", "functionCalling", "jsonMode"]).default("jsonSchema"),
  OPENAI_TIMEOUT_MS: intWithDefault(20_000, 100),
  OPENAI_MAX_RETRIES: intWithDefault(1, 0),
  /**
   * Estimated tokens one answer prompt may hold (estimateTokens: CJK ≈ 1 each, other text ≈ 1 per 4
   * characters). Under it the prompt carries the whole document; above it, retrieved clauses plus a
   * model-rewritten query. Default: a 32k-context model less room for the reply.
   */
  ALUBOT_LLM_CONTEXT_TOKENS: intWithDefault(28_000, 500),
  /** Step limit (LangGraph recursionLimit) of the agent for multi-step questions; 0 turns the agent off. */
  ALUBOT_LLM_AGENT_STEPS: intWithDefault(12, 0),
  // Slack: Socket Mode (bot + app token) or HTTP mode (bot token + signing secret + port).
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_PORT: optionalInt(0, 65535).transform((v) => v ?? 3000),
  SLACK_API_URL: optionalUrl,
  // Discord.
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalUrl,
  // Backpressure, retention, observability.
  ALUBOT_RATE_USER_PER_MIN: intWithDefault(20, 1),
  ALUBOT_RATE_CHANNEL_PER_MIN: intWithDefault(60, 1),
  ALUBOT_LLM_CONCURRENCY: intWithDefault(4, 1),
  ALUBOT_LLM_QUEUE: intWithDefault(50, 0),
  ALUBOT_REQUEST_DEADLINE_MS: intWithDefault(30_000, 100),
  /** Consecutive LLM failures that open the circuit breaker, and how long it stays open. */
  ALUBOT_LLM_BREAKER_FAILURES: intWithDefault(5, 1),
  ALUBOT_LLM_BREAKER_OPEN_MS: intWithDefault(30_000, 10),
  ALUBOT_RETENTION_DAYS: intWithDefault(180, 1),
  ALUBOT_METRICS_PORT: optionalInt(0, 65535),
  /** Interface for /healthz and /metrics; loopback unless deliberately exposed (e.g. 0.0.0.0 in a container). */
  ALUBOT_METRICS_HOST: optionalString,
  ALUBOT_MAX_INPUT_CHARS: intWithDefault(2000, 10),
  /**
   * Shared store for several replicas (postgres://user:pass@host:5432/db). Unset = the embedded
   * SQLite file in ALUBOT_DATA_DIR, as before.
   */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/i, { message: "必须是 postgres:// 开头的 PostgreSQL 连接地址（不设置则使用数据目录中的 SQLite）" })
      .optional(),
  ),
  /** Discord shards across replicas: "auto" (Discord's recommendation) or a fixed total; used with DATABASE_URL. */
  ALUBOT_DISCORD_SHARDS: optionalString.pipe(
    z.string().regex(/^(auto|[1-9]\d{0,3})$/, { message: "必须是 auto 或 1 到 9999 之间的整数" }).optional(),
  ),
  /** How long a replica's claim on a Discord shard lasts without renewal (renewed every third of it). */
  ALUBOT_DISCORD_LEASE_MS: intWithDefault(30_000, 300),
});
export type Env = z.infer<typeof EnvSchema>;

export interface LlmConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  structuredMethod: Env["OPENAI_STRUCTURED_METHOD"];
  timeoutMs: number;
  maxRetries: number;
  /** ALUBOT_LLM_CONTEXT_TOKENS. */
  contextTokens: number;
  /** ALUBOT_LLM_AGENT_STEPS; 0 = no agent (multi-step questions get the single structured call). */
  agentSteps: number;
}

export interface EmbeddingConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
}

export type SlackConfig =
  | { mode: "socket"; botToken: string; appToken: string; apiUrl: string | undefined }
  | { mode: "http"; botToken: string; signingSecret: string; port: number; apiUrl: string | undefined };

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  apiUrl: string | undefined;
}

/** Where records live: the embedded SQLite file (default) or a PostgreSQL shared by replicas. */
export type StoreConfig = { kind: "sqlite" } | { kind: "postgres"; url: string };

/** Discord sharding across replicas (only with PostgreSQL: the leases live there). */
export interface DiscordShardingConfig {
  shards: "auto" | number;
  leaseMs: number;
}

export interface AppConfig {
  corpusDir: string;
  dataDir: string;
  store: StoreConfig;
  discordSharding: DiscordShardingConfig;
  logLevel: NonNullable<Env["ALUBOT_LOG_LEVEL"]>;
  /** null = offline answers. */
  llm: LlmConfig | null;
  /** null = the deterministic offline embedder. */
  embedding: EmbeddingConfig | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  limits: {
    userPerMinute: number;
    channelPerMinute: number;
    llmConcurrency: number;
    llmQueue: number;
    requestDeadlineMs: number;
    maxInputChars: number;
  };
  /** Circuit breaker of the LLM guard; absent = the guard's defaults. */
  llmBreaker?: { failureThreshold: number; openMs: number };
  retentionDays: number;
  metricsPort: number | undefined;
  /** Default 127.0.0.1. */
  metricsHost?: string;
}

/**
 * The one place that reads the environment. Everything else receives an AppConfig. Messages name
 * the variable and what is wrong with it, never its value (it may be a secret).
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AppConfig> = {},
  /** Defaults that apply only when the environment does not set the variable (e.g. quieter logs for one-shot CLI commands). */
  fallbacks: Pick<Partial<AppConfig>, "logLevel"> = {},
): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}：${i.message}`);
    throw new ConfigError(`环境变量配置有误：\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const root = packageRoot();

  const llm: LlmConfig | null = e.OPENAI_API_KEY
    ? {
        apiKey: e.OPENAI_API_KEY,
        baseURL: e.OPENAI_BASE_URL,
        model: e.OPENAI_MODEL ?? "gpt-4o-mini",
        structuredMethod: e.OPENAI_STRUCTURED_METHOD,
        timeoutMs: e.OPENAI_TIMEOUT_MS,
        maxRetries: e.OPENAI_MAX_RETRIES,
        contextTokens: e.ALUBOT_LLM_CONTEXT_TOKENS,
        agentSteps: e.ALUBOT_LLM_AGENT_STEPS,
      }
    : null;
  const embedding: EmbeddingConfig | null =
    e.OPENAI_API_KEY && e.OPENAI_EMBEDDING_MODEL
      ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_EMBEDDING_MODEL }
      : null;

  let slack: SlackConfig | null = null;
  const anySlack = e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET;
  if (anySlack) {
    if (!e.SLACK_BOT_TOKEN) problems.push("SLACK_BOT_TOKEN：已设置其他 SLACK_* 变量，但缺少机器人令牌（xoxb-…）");
    else if (e.SLACK_APP_TOKEN) slack = { mode: "socket", botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
    else if (e.SLACK_SIGNING_SECRET)
      slack = { mode: "http", botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, port: e.SLACK_PORT, apiUrl: e.SLACK_API_URL };
    else problems.push("SLACK_APP_TOKEN 或 SLACK_SIGNING_SECRET：Socket 模式需要应用令牌（xapp-…），HTTP 模式需要签名密钥");
  }

  let discord: DiscordConfig | null = null;
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    if (!e.DISCORD_TOKEN) problems.push("DISCORD_TOKEN：已设置 DISCORD_APPLICATION_ID，但缺少机器人令牌");
    else if (!e.DISCORD_APPLICATION_ID) problems.push("DISCORD_APPLICATION_ID：已设置 DISCORD_TOKEN，但缺少应用 ID");
    else discord = { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL };
  }
  if (problems.length) throw new ConfigError(`环境变量配置有误：\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  return {
    corpusDir: resolve(overrides.corpusDir ?? e.ALUBOT_CORPUS_DIR ?? resolve(root, "corpus")),
    dataDir: resolve(overrides.dataDir ?? e.ALUBOT_DATA_DIR ?? defaultDataDir(env)),
    store: overrides.store ?? (e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "sqlite" }),
    discordSharding: overrides.discordSharding ?? {
      shards: e.ALUBOT_DISCORD_SHARDS === undefined || e.ALUBOT_DISCORD_SHARDS === "auto" ? "auto" : Number(e.ALUBOT_DISCORD_SHARDS),
      leaseMs: e.ALUBOT_DISCORD_LEASE_MS,
    },
    logLevel: overrides.logLevel ?? e.ALUBOT_LOG_LEVEL ?? fallbacks.logLevel ?? "info",
    llm: overrides.llm !== undefined ? overrides.llm : llm,
    embedding: overrides.embedding !== undefined ? overrides.embedding : embedding,
    slack: overrides.slack !== undefined ? overrides.slack : slack,
    discord: overrides.discord !== undefined ? overrides.discord : discord,
    limits: overrides.limits ?? {
      userPerMinute: e.ALUBOT_RATE_USER_PER_MIN,
      channelPerMinute: e.ALUBOT_RATE_CHANNEL_PER_MIN,
      llmConcurrency: e.ALUBOT_LLM_CONCURRENCY,
      llmQueue: e.ALUBOT_LLM_QUEUE,
      requestDeadlineMs: e.ALUBOT_REQUEST_DEADLINE_MS,
      maxInputChars: e.ALUBOT_MAX_INPUT_CHARS,
    },
    llmBreaker: overrides.llmBreaker ?? { failureThreshold: e.ALUBOT_LLM_BREAKER_FAILURES, openMs: e.ALUBOT_LLM_BREAKER_OPEN_MS },
    retentionDays: overrides.retentionDays ?? e.ALUBOT_RETENTION_DAYS,
    metricsPort: overrides.metricsPort ?? e.ALUBOT_METRICS_PORT,
    metricsHost: overrides.metricsHost ?? e.ALUBOT_METRICS_HOST ?? "127.0.0.1",
  };
}

/**
 * The environment for a child process (bench children): the parent's, with overrides. Kept here so
 * this module stays the only one that touches process.env.
 */
export function childProcessEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
