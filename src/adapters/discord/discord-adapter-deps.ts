import type { Engine } from "../../engine/engine.js";
import type { AdapterLogger } from "../adapter-logger.js";
import type { InFlight } from "../in-flight.js";

/** Everything the Discord handlers need; built by the composition root, faked in tests. */
export interface DiscordAdapterDeps {
  engine: Engine;
  logger: AdapterLogger;
  inFlight: InFlight;
}
