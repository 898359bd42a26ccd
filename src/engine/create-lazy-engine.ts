import { AppWiringError } from "../app/app-wiring-error.js";
import type { Logger } from "../answer/logger.js";
import type { Engine } from "./engine.js";
import { errorReply } from "./replies/make-reply.js";

/**
 * An Engine available synchronously whose parts (retriever index, LLM client) are built on the first
 * message. A failed build becomes an error reply (never a throw) and is retried on the next message.
 */
export function createLazyEngine(build: () => Promise<Engine>, logger: Logger): Engine {
  let pending: Promise<Engine> | undefined;
  return {
    async handle(input) {
      let engine: Engine;
      try {
        engine = await (pending ??= build());
      } catch (err) {
        pending = undefined;
        logger.error({ event: "engine-build-error", err: err instanceof Error ? err.message : String(err) }, "回答引擎初始化失败");
        const message = err instanceof AppWiringError ? err.message : "抱歉，回答引擎初始化失败，请稍后再试。";
        return { ...errorReply(message), conversationId: input.conversationId };
      }
      return engine.handle(input);
    },
  };
}
