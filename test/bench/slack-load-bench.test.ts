import { describe, expect, it } from "vitest";
import { runSlackLoadBench } from "../../src/bench/slack-load-bench.js";
import type { Engine } from "../../src/engine/engine.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";
import { createTestEngine } from "../helpers/test-engine.js";

describe("Slack load bench (real Bolt over HTTP, fake Web API)", () => {
  it("answers every signed mention in its own thread, with ordered percentiles", async () => {
    const engine = createTestEngine(loadTestCorpus());
    const result = await runSlackLoadBench({ engine, total: 20, concurrency: 5 });
    expect(result).toMatchObject({ total: 20, errors: 0, lost: 0 });
    // Each event reached the engine once, as its own conversation.
    expect(engine.calls).toHaveLength(20);
    expect(new Set(engine.calls.map((c) => c.input.conversationId)).size).toBe(20);
    expect(result.p50Ms).toBeGreaterThan(0);
    expect(result.p50Ms).toBeLessThanOrEqual(result.p95Ms);
    expect(result.p95Ms).toBeLessThanOrEqual(result.p99Ms);
    expect(result.throughputPerSec).toBeGreaterThan(0);
  });

  it("counts apologies (the engine failed) as errors, not answers", async () => {
    const engine: Engine = { handle: async () => Promise.reject(new Error("engine down")) };
    const result = await runSlackLoadBench({ engine, total: 6, concurrency: 3 });
    expect(result).toMatchObject({ total: 6, errors: 6, lost: 0 });
    expect(result.p50Ms).toBeNaN();
  });

  it("counts replies that miss the deadline as lost", async () => {
    const inner = createTestEngine(loadTestCorpus());
    const engine: Engine = { handle: async (input) => (await new Promise((r) => setTimeout(r, 400)), inner.handle(input)) };
    const result = await runSlackLoadBench({ engine, total: 4, concurrency: 4, replyTimeoutMs: 100 });
    expect(result).toMatchObject({ total: 4, errors: 0, lost: 4 });
  });
});
