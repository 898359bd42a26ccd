import type { ChatAdapterDeps } from "../chat-adapter-deps.js";

/** Everything the Slack handlers need; built by the composition root, faked in tests. */
export type SlackAdapterDeps = ChatAdapterDeps;
