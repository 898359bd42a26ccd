import type { App } from "@slack/bolt";
import { describeError } from "../adapter-logger.js";
import { renderHomeView } from "./render-home-view.js";
import type { SlackAdapterDeps } from "./slack-adapter-deps.js";

/** Publishes the App Home tab whenever a user opens it (the view is per user, so it is sent each time). */
export function registerHomeHandlers(app: App, deps: SlackAdapterDeps): void {
  const view = renderHomeView(deps.catalog);
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    try {
      await client.views.publish({ user_id: event.user, view });
    } catch (err) {
      deps.logger.error({ platform: "slack", ...describeError(err) }, "slack: could not publish the App Home tab");
    }
  });
}
