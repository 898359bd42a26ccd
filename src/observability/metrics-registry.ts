import { collectDefaultMetrics, Counter as PromCounter, Gauge as PromGauge, Histogram as PromHistogram, Registry } from "prom-client";
import { seriesKey, type Labels } from "./metric-labels.js";

export interface Counter {
  inc(labels?: Labels, by?: number): void;
  /** Sum over the series whose labels include `labels` (all series for {}); for tests and health. */
  value(labels?: Labels): number;
}

export interface Histogram {
  observe(value: number, labels?: Labels): void;
  /** Observation count over the series whose labels include `labels`. */
  count(labels?: Labels): number;
}

export interface Gauge {
  set(value: number, labels?: Labels): void;
}

export interface MetricsRegistry {
  counter(name: string, help: string, labelNames?: readonly string[]): Counter;
  gauge(name: string, help: string, labelNames?: readonly string[]): Gauge;
  histogram(name: string, help: string, buckets: readonly number[], labelNames?: readonly string[]): Histogram;
  /**
   * Adds prom-client's process, event-loop-lag and GC metrics. Only the long-running server calls it:
   * the collectors start observers and histograms a one-shot `alubot ask` has no use for.
   */
  collectDefaults(): void;
  /** Prometheus text exposition format 0.0.4. */
  render(): Promise<string>;
  contentType: string;
}

/**
 * Our metrics on a prom-client Registry (one per app, never the global one, so tests stay isolated).
 * Series per metric are capped, so a bug that puts user ids into labels cannot exhaust memory; the
 * small tally beside each metric is what makes the cap and the synchronous value() possible.
 */
export function createMetricsRegistry(maxSeriesPerMetric = 500): MetricsRegistry {
  const registry = new Registry();
  let defaults = false;

  /** Which label sets are admitted (under the cap), with a running total per set for value()/count(). */
  const tally = () => {
    const series = new Map<string, { labels: Labels; total: number }>();
    return {
      admit(labels: Labels): { labels: Labels; total: number } | undefined {
        const key = seriesKey(labels);
        const existing = series.get(key);
        if (existing) return existing;
        if (series.size >= maxSeriesPerMetric) return undefined;
        const created = { labels: { ...labels }, total: 0 };
        series.set(key, created);
        return created;
      },
      sum(filter: Labels): number {
        let n = 0;
        for (const s of series.values()) if (Object.entries(filter).every(([k, v]) => s.labels[k] === v)) n += s.total;
        return n;
      },
    };
  };

  return {
    counter(name, help, labelNames = []) {
      const metric = new PromCounter({ name, help, labelNames: [...labelNames], registers: [registry] });
      const t = tally();
      return {
        inc(labels = {}, by = 1) {
          if (!(by >= 0)) return; // counters only go up
          const s = t.admit(pick(labelNames, labels));
          if (!s) return;
          s.total += by;
          metric.inc(s.labels, by);
        },
        value: (labels = {}) => t.sum(labels),
      };
    },
    gauge(name, help, labelNames = []) {
      const metric = new PromGauge({ name, help, labelNames: [...labelNames], registers: [registry] });
      const t = tally();
      return {
        set(value, labels = {}) {
          const s = t.admit(pick(labelNames, labels));
          if (s) metric.set(s.labels, value);
        },
      };
    },
    histogram(name, help, buckets, labelNames = []) {
      const metric = new PromHistogram({ name, help, buckets: [...buckets], labelNames: [...labelNames], registers: [registry] });
      const t = tally();
      return {
        observe(value, labels = {}) {
          if (!Number.isFinite(value)) return;
          const s = t.admit(pick(labelNames, labels));
          if (!s) return;
          s.total++;
          metric.observe(s.labels, value);
        },
        count: (labels = {}) => t.sum(labels),
      };
    },
    collectDefaults() {
      if (defaults) return;
      defaults = true;
      collectDefaultMetrics({ register: registry });
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

/** Only the declared labels, each as a string: prom-client throws on an undeclared label name. */
function pick(labelNames: readonly string[], labels: Labels): Labels {
  const out: Labels = {};
  for (const k of labelNames) if (labels[k] !== undefined) out[k] = String(labels[k]);
  return out;
}
