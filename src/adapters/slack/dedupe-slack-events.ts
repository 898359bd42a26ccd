import type { App } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

/**
 * Long enough to cover Slack's retries (immediately, after 1 and after 5 minutes) and a slow
 * restart in between; short enough that the table stays small.
 */
export const SLACK_EVENT_DEDUPE_TTL_MS = 6 * 3600_000;

/**
 * Global middleware, registered before everything else: an Events API delivery whose event_id was
 * already claimed (Slack retries when it saw no ack in time, also across our restarts, over HTTP and
 * Socket Mode alike) is dropped before any work. The claim is in the store, so it outlives the process.
 */
export function registerEventDedupe(app: App, deps: SlackAdapterDeps): void {
  app.use(async ({ body, context, next }) => {
    const b = body as { type?: unknown; event_id?: unknown; team_id?: unknown };
    if (b.type !== "event_callback" || typeof b.event_id !== "string") return next();
    const key = `slack:${typeof b.team_id === "string" ? b.team_id : "-"}:${b.event_id}`;
    let fresh = true;
    try {
      fresh = await deps.eventDedupe.claim(key, SLACK_EVENT_DEDUPE_TTL_MS);
    } catch (err) {
      // Answering twice is better than not at all.
      deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: event dedupe store failed; handling the event anyway");
    }
    if (!fresh) {
      deps.logger.info({ platform: "slack", eventId: b.event_id, retryNum: context.retryNum, retryReason: context.retryReason }, "slack: duplicate event ignored");
      return;
    }
    await next();
  });
}
