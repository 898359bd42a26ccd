import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

/** Slack retries within minutes (and after our restarts); an hour outlives every retry. */
export const SLACK_EVENT_DEDUPE_TTL_MS = 3600_000;

/**
 * Claims a Slack event before any work. With replicas sharing a database, only the replica whose
 * claim wins answers; the others (and any retry of the same event_id) stay silent. Without a dedupe
 * store, or for an envelope without event_id, every event is answered as before.
 */
export async function claimSlackEvent(deps: Pick<SlackAdapterDeps, "eventDedupe">, body: unknown): Promise<boolean> {
  const eventId = (body as { event_id?: unknown } | undefined)?.event_id;
  if (!deps.eventDedupe || typeof eventId !== "string" || !eventId) return true;
  return deps.eventDedupe.claim(`slack:${eventId}`, SLACK_EVENT_DEDUPE_TTL_MS);
}
