import { createHmac } from "node:crypto";

/*
 * Signs requests the way Slack does, for the tests and the load bench (src/ cannot import from test/).
 * Production verifies signatures inside Bolt and never imports this module.
 */

/** Slack's request signature: v0= + HMAC-SHA256(secret, `v0:${ts}:${body}`). */
export function signSlackBody(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${sig}` };
}

/** POSTs a signed request the way Slack does (JSON for events, form-encoded for commands/actions). */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: "application/json" | "application/x-www-form-urlencoded",
  opts: { badSignature?: boolean; timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const headers = signSlackBody(opts.badSignature ? `${secret}-wrong` : secret, body);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": contentType, ...opts.headers, ...headers },
    body,
    ...(opts.timeoutMs !== undefined ? { signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
  });
  return { status: res.status, text: await res.text() };
}

/** A form body carrying a block_actions payload, as Slack sends button clicks. */
export function actionForm(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
