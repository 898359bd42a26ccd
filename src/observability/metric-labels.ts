export type Labels = Record<string, string>;

/** Stable series key: label names sorted, so {a,b} and {b,a} are one series. */
export function seriesKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join("\u0000");
}
