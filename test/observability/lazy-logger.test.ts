import { describe, expect, it } from "vitest";
import { createLazyLogger } from "../../src/observability/lazy-logger.js";
import type { StructuredLogger } from "../../src/observability/structured-logger.js";

function recorder() {
  const lines: { level: string; args: unknown[] }[] = [];
  let builds = 0;
  const build = (): StructuredLogger => {
    builds++;
    const at = (level: string) => (...args: unknown[]) => void lines.push({ level, args });
    return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  };
  return { lines, build, builds: () => builds };
}

describe("createLazyLogger", () => {
  it("builds nothing while only lines below the level are written", () => {
    const r = recorder();
    const log = createLazyLogger("warn", r.build);
    log.debug({ q: "再生铝目标" }, "question text");
    log.info({ transports: ["terminal"] }, "transports started");
    expect(r.builds()).toBe(0);
    expect(r.lines).toEqual([]);
  });

  it("builds the real logger once, on the first enabled line, and forwards every enabled line unchanged", () => {
    const r = recorder();
    const log = createLazyLogger("info", r.build);
    log.debug({ dropped: true }, "debug");
    log.info({ port: 9464 }, "metrics server listening");
    log.warn({ store: "audit" });
    log.error({ err: "x" }, "failed");
    expect(r.builds()).toBe(1);
    expect(r.lines).toEqual([
      { level: "info", args: [{ port: 9464 }, "metrics server listening"] },
      { level: "warn", args: [{ store: "audit" }] },
      { level: "error", args: [{ err: "x" }, "failed"] },
    ]);
  });

  it("silent never builds; trace passes debug", () => {
    const silent = recorder();
    const quiet = createLazyLogger("silent", silent.build);
    quiet.error({}, "nothing");
    expect(silent.builds()).toBe(0);
    const trace = recorder();
    createLazyLogger("trace", trace.build).debug({}, "kept");
    expect(trace.lines.map((l) => l.level)).toEqual(["debug"]);
  });
});
