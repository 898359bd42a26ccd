import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/create-test-app.js";

/** A long message's background must not outvote what its asking sentence asks (real lexicon and corpus). */
const app = createTestApp({});
afterAll(() => app.close());

describe("long messages", () => {
  it("ranks the clause the asking sentence is about above the one its background is about", async () => {
    const retriever = await app.retriever();
    const r = await retriever.retrieve("我们厂在兴仁，这几年电价一直挺高，用电负担重。想问下文件对小型电解槽是啥态度，会不会要求淘汰？", { k: 3 });
    expect(r.hits[0]?.clause.clauseId).toBe("3.3");
    expect(r.analysis?.askConcepts.map((c) => c.id)).toContain("small-cells-exit");
    expect(r.analysis?.askConcepts.map((c) => c.id)).not.toContain("power-price");
  });

  it("leaves a short question's ranking to the whole question", async () => {
    const retriever = await app.retriever();
    const r = await retriever.retrieve("电解铝企业的用电有保障吗", { k: 3 });
    expect(r.analysis?.askText).toBeNull();
    expect(r.analysis?.askConcepts).toEqual([]);
    expect(r.hits[0]?.clause.clauseId).toBe("6.2");
  });
});
