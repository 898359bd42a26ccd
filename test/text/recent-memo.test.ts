import { describe, expect, it } from "vitest";
import { memoizeRecent } from "../../src/text/recent-memo.js";

describe("memoizeRecent", () => {
  it("returns what the function returns, calling it once per kept argument", () => {
    const calls: string[] = [];
    const upper = memoizeRecent((s: string) => (calls.push(s), s.toUpperCase()), 2);
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("forgets the oldest result first and never keeps more than `keep`", () => {
    const calls: number[] = [];
    const double = memoizeRecent((n: number) => (calls.push(n), n * 2), 3);
    for (const n of [1, 2, 3, 4]) double(n); // 1 leaves
    calls.length = 0;
    for (const n of [2, 3, 4]) double(n);
    expect(calls).toEqual([]);
    double(1); // a miss again: 2 (the oldest) leaves
    double(3);
    double(2);
    expect(calls).toEqual([1, 2]);
  });

  it("stays exact over a long burst of one-off arguments", () => {
    const memo = memoizeRecent((n: number) => n + 1, 100);
    for (let n = 0; n < 10_000; n++) expect(memo(n)).toBe(n + 1);
    let misses = 0;
    const counting = memoizeRecent((n: number) => (misses++, n), 100);
    for (let n = 0; n < 10_000; n++) counting(n);
    misses = 0;
    for (let n = 9_900; n < 10_000; n++) counting(n);
    expect(misses).toBe(0);
    counting(9_899);
    expect(misses).toBe(1);
  });
});
