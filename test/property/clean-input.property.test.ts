import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanInput } from "../../src/safety/clean-input.js";
import { hostileText } from "./arbitraries.js";

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
const MARKUP = /<(?:@[UW!&]?[A-Z0-9]+|#[CG\d]+|![a-z]+|a?:\w+:\d+)(?:\|[^<>]*)?>/;
const HAN = /[\u4e00-\u9fff]/;

describe("cleanInput (property)", () => {
  it("never throws and always returns a well-formed result", () => {
    fc.assert(
      fc.property(hostileText(), fc.integer({ min: 10, max: 300 }), (raw, maxChars) => {
        const r = cleanInput(raw, { maxChars });
        if (r.ok) {
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.text).toBe(r.text.trim());
          expect(r.text).not.toMatch(/\s{2}/);
          expect(r.text).not.toMatch(INVISIBLE);
          expect(r.text).not.toMatch(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/);
          expect([...r.text].length).toBeLessThanOrEqual(maxChars);
          // Encodes to UTF-8 and back unchanged: no lone surrogates can reach storage.
          expect(Buffer.from(r.text, "utf8").toString("utf8")).toBe(r.text);
        } else {
          expect(["empty", "too-long"]).toContain(r.reason);
          expect(r.message).toMatch(HAN);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("leaves no platform markup that came from the input, and is idempotent", () => {
    // '&' excluded: entity decoding (&lt; → <) legitimately turns text into new literal brackets.
    fc.assert(
      fc.property(hostileText().filter((s) => !s.includes("&")), (raw) => {
        const r = cleanInput(raw, { maxChars: 10_000 });
        if (!r.ok) return;
        expect(r.text).not.toMatch(MARKUP);
        expect(cleanInput(r.text, { maxChars: 10_000 })).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it("handles huge and deeply nested input quickly", () => {
    const nested = "<".repeat(50_000) + "@U1" + ">".repeat(50_000);
    const started = Date.now();
    for (const raw of [nested, "\u200b".repeat(200_000), "铝".repeat(1_000_000), "<@U1>".repeat(1500)]) {
      const r = cleanInput(raw, { maxChars: 2000 });
      expect(r.ok).toBe(false);
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
