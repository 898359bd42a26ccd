export type Labels = Record<string, string>;

/** Stable series key: label names sorted, so {a,b} and {b,a} are one series. */
export function seriesKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join("\u0000");
}

/** Prometheus text format escaping for label values: backslash, double quote, newline. */
export function formatLabels(labels: Labels, extra?: Labels): string {
  const all = { ...labels, ...extra };
  const keys = Object.keys(all).sort();
  if (keys.length === 0) return "";
  const parts = keys.map((k) => `${k}="${all[k]!.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`);
  return `{${parts.join(",")}}`;
}

/** Prometheus number formatting: integers plain, +Inf spelled out. */
export function formatValue(v: number): string {
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  if (Number.isNaN(v)) return "NaN";
  return String(v);
}
