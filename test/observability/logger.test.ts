import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/create-logger.js";
import { redactSecrets } from "../../src/observability/redact-secrets.js";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      cb();
    },
  });
  return { lines, raw, destination };
}

describe("logger", () => {
  it("writes JSON lines and redacts credential fields and token shapes in messages", () => {
    const { lines, raw, destination } = capture();
    const log = createLogger({ level: "info", destination });
    log.info({ slack: { botToken: "xoxb-111-222-abcdef", channel: "C1" }, headers: { authorization: "Bearer abc.def.ghi" } }, "connected");
    log.warn("request to https://api.example.com/v1?api_key=sk-abcdefghijklmnop failed with token xapp-1-A0B1C2D3");
    log.error({ err: new Error("401 for Authorization: Bearer sk-live-1234567890abcdef") }, "llm failed");
    const all = raw.join("\n");
    for (const secret of ["xoxb-111", "abc.def.ghi", "sk-abcdefghijklmnop", "xapp-1-A0B1C2D3", "sk-live-1234567890abcdef"]) {
      expect(all).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ level: 30, msg: "connected", slack: { botToken: "[REDACTED]", channel: "C1" } });
    expect(String(lines[1]!.msg)).toContain("api_key=[REDACTED]");
    expect((lines[2]!.err as { message: string }).message).toContain("Bearer [REDACTED]");
  });

  it("logs an err given as a string as its message, not character by character", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination });
    log.error({ err: "词库加载失败 token xoxb-111-222-abcdef" }, "build failed");
    expect(lines[0]!.err).toEqual({ message: "词库加载失败 token [REDACTED]" });
  });

  it("drops debug lines at info level (where question text is logged)", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination });
    log.debug({ question: "再生铝目标" }, "question text");
    log.info("answered");
    expect(lines.map((l) => l.msg)).toEqual(["answered"]);
  });

  it("leaves ordinary text alone", () => {
    expect(redactSecrets("到2027年，再生铝产量达到 sk 级别 Bearer")).toBe("到2027年，再生铝产量达到 sk 级别 Bearer");
  });
});
