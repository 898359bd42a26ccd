/** A short, secret-free reason for the fallback log line: timeout, rate limit, server error, malformed. */
export function describeLlmError(err: unknown): { reason: string; status?: number; message: string } {
  const e = err as { name?: string; status?: number; message?: string; lc_error_code?: string } | undefined;
  const message = String(e?.message ?? err).slice(0, 300);
  const status = typeof e?.status === "number" ? e.status : undefined;
  if (e?.name === "DeadlineError" || e?.name === "AbortError" || /timed? ?out|timeout|aborted/i.test(message)) return { reason: "timeout", status, message };
  if (status === 429) return { reason: "rate-limited", status, message };
  if (status !== undefined && status >= 500) return { reason: "server-error", status, message };
  if (e?.lc_error_code === "OUTPUT_PARSING_FAILURE" || /pars|json|schema|valid/i.test(message)) return { reason: "malformed-output", status, message };
  return { reason: "error", status, message };
}
