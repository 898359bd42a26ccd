import { describe, expect, it } from "vitest";
import { runLoadBench } from "../../src/bench/load-bench.js";
import { percentile } from "../../src/bench/percentile.js";
import type { Engine } from "../../src/engine/engine.js";
import type { Reply } from "../../src/reply/reply-schema.js";

const reply = (conversationId: string, kind: Reply["kind"] = "answer"): Reply => ({
  kind, answer: "好", citations: [], departments: [], outOfScope: false, mode: "offline", followUps: [], conversationId, report: null,
});

describe("load bench (counting only, not a performance claim)", () => {
  it("asks every question once, never exceeds the concurrency, and reports percentiles", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const seen: string[] = [];
    const engine: Engine = {
      async handle(input) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        seen.push(input.text);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        return reply(input.conversationId);
      },
    };
    const r = await runLoadBench({ engine, questions: ["甲", "乙", "丙"], total: 300, concurrency: 7, soakTotal: 600 });
    expect(seen).toHaveLength(600);
    expect(seen.filter((q) => q === "甲")).toHaveLength(200);
    expect(maxInFlight).toBe(7);
    expect(r).toMatchObject({ total: 300, completed: 300, errors: 0, lost: 0 });
    expect(r.p50).toBeLessThanOrEqual(r.p95);
    expect(r.p95).toBeLessThanOrEqual(r.p99);
    expect(r.throughput).toBeGreaterThan(0);
    expect(r.rssAfter2k).toBeGreaterThan(0);
    expect(r.rssAfter20k).not.toBeNull();
    expect(r.rssGrowth).toBeCloseTo(r.rssAfter20k! / r.rssAfter2k - 1, 10);
  });

  it("counts throws, error replies, invalid replies and lost replies separately", async () => {
    let i = 0;
    const engine: Engine = {
      handle(input) {
        const n = i++;
        if (n % 10 === 1) return Promise.reject(new Error("boom"));
        if (n % 10 === 2) return Promise.resolve(reply(input.conversationId, "error"));
        if (n % 10 === 3) return Promise.resolve({ kind: "answer" } as unknown as Reply);
        if (n % 10 === 4) return new Promise<Reply>(() => {}); // never answers
        return Promise.resolve(reply(input.conversationId));
      },
    };
    const r = await runLoadBench({ engine, questions: ["问"], total: 50, concurrency: 10, requestTimeoutMs: 5 });
    expect(r).toMatchObject({ completed: 30, errors: 15, lost: 5, rssAfter20k: null, rssGrowth: null });
  });

  it("computes nearest-rank percentiles", () => {
    const xs = Array.from({ length: 100 }, (_, k) => k + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 99), percentile(xs, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([], 50)).toBe(0);
    expect(percentile([7], 99)).toBe(7);
  });
});
