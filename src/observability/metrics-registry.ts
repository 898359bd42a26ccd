import { formatLabels, formatValue, seriesKey, type Labels } from "./metric-labels.js";

export interface Counter {
  inc(labels?: Labels, by?: number): void;
  value(labels?: Labels): number;
}

export interface Histogram {
  observe(value: number, labels?: Labels): void;
  /** Observation count for the series (tests, health). */
  count(labels?: Labels): number;
}

export interface Gauge {
  set(value: number, labels?: Labels): void;
}

export interface MetricsRegistry {
  counter(name: string, help: string): Counter;
  gauge(name: string, help: string): Gauge;
  histogram(name: string, help: string, buckets: readonly number[]): Histogram;
  /** Prometheus text exposition format 0.0.4. */
  render(): string;
}

interface Family {
  name: string;
  help: string;
  type: "counter" | "gauge" | "histogram";
  render(): string[];
}

/**
 * A hand-rolled registry (no prom-client dependency): counters, gauges and cumulative histograms.
 * Series per metric are capped, so a bug that puts user ids into labels cannot exhaust memory.
 */
export function createMetricsRegistry(maxSeriesPerMetric = 500): MetricsRegistry {
  const families: Family[] = [];
  const register = (f: Family) => {
    if (families.some((x) => x.name === f.name)) throw new Error(`metric ${f.name} registered twice`);
    families.push(f);
  };
  const boundedSet = <V>(map: Map<string, V>, key: string, make: () => V): V | undefined => {
    const existing = map.get(key);
    if (existing !== undefined) return existing;
    if (map.size >= maxSeriesPerMetric) return undefined;
    const v = make();
    map.set(key, v);
    return v;
  };

  const simple = (type: "counter" | "gauge", name: string, help: string) => {
    const series = new Map<string, { labels: Labels; value: number }>();
    register({
      name, help, type,
      render: () => [...series.values()].map((s) => `${name}${formatLabels(s.labels)} ${formatValue(s.value)}`),
    });
    return series;
  };

  return {
    counter(name, help) {
      const series = simple("counter", name, help);
      return {
        inc(labels = {}, by = 1) {
          if (by < 0) return; // counters only go up
          const s = boundedSet(series, seriesKey(labels), () => ({ labels: { ...labels }, value: 0 }));
          if (s) s.value += by;
        },
        value: (labels = {}) => series.get(seriesKey(labels))?.value ?? 0,
      };
    },
    gauge(name, help) {
      const series = simple("gauge", name, help);
      return {
        set(value, labels = {}) {
          const s = boundedSet(series, seriesKey(labels), () => ({ labels: { ...labels }, value: 0 }));
          if (s) s.value = value;
        },
      };
    },
    histogram(name, help, buckets) {
      const bounds = [...buckets].sort((a, b) => a - b);
      const series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
      register({
        name, help, type: "histogram",
        render: () =>
          [...series.values()].flatMap((s) => {
            let cumulative = 0;
            const lines = bounds.map((le, i) => {
              cumulative += s.counts[i]!;
              return `${name}_bucket${formatLabels(s.labels, { le: formatValue(le) })} ${cumulative}`;
            });
            lines.push(`${name}_bucket${formatLabels(s.labels, { le: "+Inf" })} ${s.count}`);
            lines.push(`${name}_sum${formatLabels(s.labels)} ${formatValue(s.sum)}`);
            lines.push(`${name}_count${formatLabels(s.labels)} ${s.count}`);
            return lines;
          }),
      });
      return {
        observe(value, labels = {}) {
          const s = boundedSet(series, seriesKey(labels), () => ({ labels: { ...labels }, counts: bounds.map(() => 0), sum: 0, count: 0 }));
          if (!s || !Number.isFinite(value)) return;
          const i = bounds.findIndex((le) => value <= le);
          if (i >= 0) s.counts[i]!++;
          s.sum += value;
          s.count++;
        },
        count: (labels = {}) => series.get(seriesKey(labels))?.count ?? 0,
      };
    },
    render() {
      const out: string[] = [];
      for (const f of families) {
        out.push(`# HELP ${f.name} ${f.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`);
        out.push(`# TYPE ${f.name} ${f.type}`);
        out.push(...f.render());
      }
      return `${out.join("\n")}\n`;
    },
  };
}
