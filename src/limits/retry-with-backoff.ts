export interface RetryOptions {
  /** Total attempts including the first; bounded so a failing upstream cannot stall a reply. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Which errors deserve another try; default: HTTP 429 and 5xx, and network errors. */
  isRetryable?: (error: unknown) => boolean;
  /** 0..1; injected so tests are deterministic. */
  random?: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** HTTP status carried by the error (OpenAI/LangChain errors expose `status`; some wrap it in `response`). */
export function readHttpStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  const s = e.status ?? e.statusCode ?? e.response?.status;
  return typeof s === "number" ? s : undefined;
}

const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "UND_ERR_SOCKET"]);

export function isTransientError(error: unknown): boolean {
  const status = readHttpStatus(error);
  if (status !== undefined) return status === 429 || status >= 500;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && NETWORK_CODES.has(code);
}

/** "Full jitter" backoff: uniform in [0, min(max, base·2^n)], which spreads retries of many clients. */
export function computeBackoff(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** Runs `fn` until it succeeds, fails with a non-retryable error, or attempts run out; rethrows the last error. */
export async function retryWithBackoff<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const isRetryable = options.isRetryable ?? isTransientError;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= options.maxAttempts || !isRetryable(error) || options.signal?.aborted) throw error;
      const delayMs = computeBackoff(attempt, options.baseDelayMs, options.maxDelayMs, random);
      options.onRetry?.({ attempt, delayMs, error });
      await options.sleep(delayMs, options.signal);
    }
  }
}
