import { describe, expect, it } from "vitest";
import { runLoadBench } from "../../src/bench/load-bench.js";
import type { Engine } from "../../src/engine/engine.js";

const engine: Engine = {
  handle: async (input) => ({ kind: "answer", answer: "好", citations: [], departments: [], outOfScope: false, mode: "offline", followUps: [], conversationId: input.conversationId, report: null }),
};

describe("load bench memory series", () => {
  it("reads memory after the measured phase, at each checkpoint inside the soak, and at the end", async () => {
    let asked = 0;
    const counting: Engine = { handle: (input) => (asked++, engine.handle(input)) };
    const r = await runLoadBench({ engine: counting, questions: ["甲"], total: 10, concurrency: 3, soakTotal: 40, memoryCheckpoints: [30, 20, 5, 40, 99] });
    expect(asked).toBe(40);
    expect(r.memorySeries?.map((m) => m.questions)).toEqual([10, 20, 30, 40]);
    expect(r.memorySeries?.at(-1)?.rss).toBe(r.rssAfter20k);
    expect(r.memorySeries?.[0]?.rss).toBe(r.rssAfter2k);
  });
});
