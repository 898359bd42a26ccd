import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { phrasing } from "../../src/lexicon/data/phrasing.js";
import { PHRASING_CACHE_FILE, defaultPhrasing, primeDefaultPhrasing, resetDefaultPhrasing } from "../../src/lexicon/default-phrasing.js";
import { phrasingSchema } from "../../src/lexicon/phrasing-schema.js";

const dir = () => mkdtempSync(join(tmpdir(), "alubot-phrasing-"));

afterEach(() => resetDefaultPhrasing());

describe("phrasing cache", () => {
  it("cached cues are exactly the validated ones", () => {
    const d = dir();
    expect(primeDefaultPhrasing(d).source).toBe("built");
    expect(primeDefaultPhrasing(d).source).toBe("primed");
    resetDefaultPhrasing();
    const fromCache = primeDefaultPhrasing(d);
    expect(fromCache.source).toBe("cached");
    expect(fromCache.phrasing).toStrictEqual(phrasingSchema().parse(phrasing));
    expect(defaultPhrasing()).toBe(fromCache.phrasing);
  });

  it("a damaged, truncated or foreign file is validated again and rewritten, never trusted", () => {
    const d = dir();
    primeDefaultPhrasing(d);
    const path = join(d, PHRASING_CACHE_FILE);
    const good = readFileSync(path, "utf8");
    const payload = good.slice(good.indexOf("\n") + 1);
    const badPriority = JSON.stringify({ phrasing: { ...JSON.parse(payload).phrasing, priority: [] } });
    const key = (JSON.parse(good.slice(0, good.indexOf("\n"))) as { key: string }).key;
    // The right key and checksum over cues that fail the cross-checks: validated afresh all the same.
    const intactButWrong = `${JSON.stringify({ key, sha256: createHash("sha256").update(badPriority).digest("hex") })}\n${badPriority}`;
    const foreign = good.replace(/"key":"[0-9a-f]{64}"/, `"key":"${"0".repeat(64)}"`);
    for (const bad of [good.replace("什么", "什幺"), good.slice(0, good.length >> 1), intactButWrong, foreign, "garbage"]) {
      writeFileSync(path, bad);
      resetDefaultPhrasing();
      expect(primeDefaultPhrasing(d).source).toBe("built");
      expect(readFileSync(path, "utf8")).toBe(good);
    }
  });

  it("without a cache directory (unwritable) the cues still load", () => {
    const d = dir();
    const file = join(d, "file");
    writeFileSync(file, "");
    expect(primeDefaultPhrasing(file).phrasing).toStrictEqual(phrasingSchema().parse(phrasing));
  });
});
