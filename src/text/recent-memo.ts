/**
 * A pure function with its most recent results kept: the same texts pass through folding, tokenising
 * and synonym matching several times per answer (the question for the query bag, the embedding, the
 * scope judge, quote ranking), and a kept result is exactly what calling again would give. The oldest
 * result goes first, so a burst of one-off texts (an index build) cannot grow the map past `keep`.
 * For functions that never return undefined.
 */
export function memoizeRecent<A, R>(fn: (arg: A) => R, keep: number): (arg: A) => R {
  const kept = new Map<A, R>();
  return (arg) => {
    const hit = kept.get(arg);
    if (hit !== undefined) return hit;
    const result = fn(arg);
    kept.set(arg, result);
    if (kept.size > keep) kept.delete(kept.keys().next().value!);
    return result;
  };
}
