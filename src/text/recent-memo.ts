/**
 * A pure function with its most recent results kept: the same texts pass through folding, tokenising
 * and synonym matching several times per answer (the question for the query bag, the embedding, the
 * scope judge, quote ranking), and a kept result is exactly what calling again would give. The oldest
 * result goes first, so a burst of one-off texts (an index build) cannot grow the map past `keep`.
 * For functions that never return undefined.
 *
 * The insertion order is kept in a ring beside the map: finding the oldest through `map.keys()` walks
 * over every entry deleted since V8 last compacted the table, which made a burst of misses (the
 * lexicon's forms folded at start-up) quadratic — a quarter of a cold start.
 */
export function memoizeRecent<A, R>(fn: (arg: A) => R, keep: number): (arg: A) => R {
  const kept = new Map<A, R>();
  const order: A[] = [];
  let oldest = 0;
  return (arg) => {
    const hit = kept.get(arg);
    if (hit !== undefined) return hit;
    const result = fn(arg);
    kept.set(arg, result);
    if (order.length < keep) order.push(arg);
    else {
      // Full: the slot of the oldest takes the newest, and the oldest leaves the map.
      kept.delete(order[oldest]!);
      order[oldest] = arg;
      oldest = (oldest + 1) % keep;
    }
    return result;
  };
}
