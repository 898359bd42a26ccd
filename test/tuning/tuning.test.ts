import { describe, expect, it } from "vitest";
import { DEFAULT_TUNING, TuningSchema, withTuning } from "../../src/tuning/tuning.js";

describe("tuning", () => {
  it("ships defaults that the schema accepts exactly (they are not parsed at import)", () => {
    expect(TuningSchema.parse(DEFAULT_TUNING)).toEqual(DEFAULT_TUNING);
  });

  it("rejects a patch outside the schema's ranges", () => {
    expect(() => withTuning({ fusion: { askPart: 1.5 } })).toThrow();
    expect(withTuning({ scope: { threshold: 0.3 } }).scope.threshold).toBe(0.3);
  });
});
