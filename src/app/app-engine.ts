import type { AppConfig } from "../config/app-config.js";
import { createLazyEngine } from "../engine/create-lazy-engine.js";
import type { Engine } from "../engine/engine.js";
import { guardEngine } from "../engine/guard-engine.js";
import type { App, AppProviders } from "./app.js";

/**
 * Part of the composition root: the guarded answer engine (App.engine), built on the first message.
 * The engine's own modules are imported then, so commands that never answer (clause, targets) skip them.
 */
export function createAppEngine(config: AppConfig, provide: AppProviders["checkHandler"], app: () => App): Pick<App, "engine" | "guardEngine"> {
  let engine: Engine | undefined;
  return {
    engine() {
      const a = app();
      return (engine ??= createLazyEngine(async () => {
        // The guard audits and rate-limits through the store, which (PostgreSQL) must be connected first.
        await a.openStores();
        return a.guardEngine(
          createLazyEngine(async () => {
            const [{ buildAnswerEngine }, { createAdmissionCheckHandler }] = await Promise.all([
              import("./build-answer-engine.js"),
              import("../engine/create-admission-check-handler.js"),
            ]);
            return buildAnswerEngine({
              app: a,
              config,
              retriever: await a.retriever(),
              checkHandler:
                provide?.(a) ??
                createAdmissionCheckHandler({ knowledge: a.admissionKnowledge(), extractor: a.profileExtractor(), clauses: a.corpus().clauses }),
            });
          }, a.logger()),
        );
      }, a.logger()));
    },
    guardEngine(inner) {
      const a = app();
      const s = a.stores();
      return guardEngine(inner, {
        maxInputChars: config.limits.maxInputChars,
        hashUserId: s.hashUserId,
        rateLimiter: a.requestRateLimiter(),
        audit: s.audit,
        metrics: a.metrics(),
        logger: a.logger(),
      });
    },
  };
}
