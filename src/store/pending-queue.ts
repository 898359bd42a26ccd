/**
 * Writes held in memory while the database refuses them, oldest first, bounded: when even memory is
 * full the oldest go first (counted, so the loss is logged), and the process never grows without limit.
 * Items carry a sequence number so a replay removes exactly what it wrote, even if more arrived meanwhile.
 */
export interface PendingQueue<T> {
  push(item: T): void;
  /** A copy of what is held, with the sequence number of the last item. */
  snapshot(): { items: T[]; through: number };
  /** Forgets every item up to and including sequence number `through` (after they were written). */
  removeThrough(through: number): void;
  size(): number;
  /** Items dropped because the bound was reached, since the last call. */
  takeDropped(): number;
}

export function createPendingQueue<T>(max: number): PendingQueue<T> {
  let items: { seq: number; item: T }[] = [];
  let seq = 0;
  let dropped = 0;
  return {
    push(item) {
      items.push({ seq: ++seq, item });
      if (items.length > max) {
        dropped += items.length - max;
        items = items.slice(items.length - max);
      }
    },
    snapshot: () => ({ items: items.map((i) => i.item), through: items.at(-1)?.seq ?? seq }),
    removeThrough(through) {
      items = items.filter((i) => i.seq > through);
    },
    size: () => items.length,
    takeDropped() {
      const n = dropped;
      dropped = 0;
      return n;
    },
  };
}
