import type { RespondArguments } from "@slack/bolt";

/**
 * Posts to a response_url kept from an earlier request (a modal submission carries none of its own).
 * Slack accepts such a URL for 30 minutes and five uses; a refusal is an error for the caller to log.
 */
export function respondViaUrl(url: string): (message: RespondArguments) => Promise<void> {
  return async (message) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(message) });
    if (!res.ok) throw new Error(`response_url refused the message (HTTP ${res.status})`);
  };
}
