import type { ChatAdapterDeps } from "../chat-adapter-deps.js";

/** Everything the Discord handlers need; built by the composition root, faked in tests. */
export type DiscordAdapterDeps = ChatAdapterDeps;
