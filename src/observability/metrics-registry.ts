import { createRequire } from "node:module";
import type { Counter as PromCounter, Gauge as PromGauge, Histogram as PromHistogram, Registry } from "prom-client";
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

type PromClient = typeof import("prom-client");
const requireCjs = createRequire(import.meta.url);

/**
 * Operations recorded before prom-client is loaded; past this many it is loaded and they replayed, so
 * a long-running process without a /metrics listener never holds an unbounded backlog.
 */
const MAX_PENDING = 10_000;

/**
 * Our metrics on a prom-client Registry (one per app, never the global one, so tests stay isolated).
 * Series per metric are capped, so a bug that puts user ids into labels cannot exhaust memory; the
 * small tally beside each metric is what makes the cap and the synchronous value() possible.
 *
 * prom-client (and the OpenTelemetry API it pulls in, ~40 ms of a cold start) is loaded only when the
 * exposition is needed (render, collectDefaults, contentType) or the backlog is full: until then every
 * operation is kept in order and replayed on load, so the registry then holds exactly what it would
 * have. A one-shot `alubot ask` counts its request and never loads it.
 */
export function createMetricsRegistry(maxSeriesPerMetric = 500): MetricsRegistry {
  let prom: PromClient | undefined;
  let registry: Registry | undefined;
  let defaults = false;
  /** Metric constructors, in declaration order (the exposition lists metrics in that order). */
  const creators: (() => void)[] = [];
  const pending: (() => void)[] = [];

  const load = (): Registry => {
    if (registry) return registry;
    prom = requireCjs("prom-client") as PromClient;
    registry = new prom.Registry();
    for (const create of creators) create();
    for (const op of pending.splice(0)) op();
    return registry;
  };
  const run = (op: () => void): void => {
    if (registry) return op();
    pending.push(op);
    if (pending.length > MAX_PENDING) load();
  };
  const declare = <M>(create: (p: PromClient, r: Registry) => M): (() => M) => {
    let metric: M | undefined;
    const make = () => {
      metric = create(prom!, registry!);
    };
    if (registry) make();
    else creators.push(make);
    return () => metric!;
  };

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
      const metric = declare((p, r): PromCounter => new p.Counter({ name, help, labelNames: [...labelNames], registers: [r] }));
      const t = tally();
      return {
        inc(labels = {}, by = 1) {
          if (!(by >= 0)) return; // counters only go up
          const s = t.admit(pick(labelNames, labels));
          if (!s) return;
          s.total += by;
          const at = s.labels;
          run(() => metric().inc(at, by));
        },
        value: (labels = {}) => t.sum(labels),
      };
    },
    gauge(name, help, labelNames = []) {
      const metric = declare((p, r): PromGauge => new p.Gauge({ name, help, labelNames: [...labelNames], registers: [r] }));
      const t = tally();
      return {
        set(value, labels = {}) {
          const s = t.admit(pick(labelNames, labels));
          if (!s) return;
          const at = s.labels;
          run(() => metric().set(at, value));
        },
      };
    },
    histogram(name, help, buckets, labelNames = []) {
      const metric = declare((p, r): PromHistogram => new p.Histogram({ name, help, buckets: [...buckets], labelNames: [...labelNames], registers: [r] }));
      const t = tally();
      return {
        observe(value, labels = {}) {
          if (!Number.isFinite(value)) return;
          const s = t.admit(pick(labelNames, labels));
          if (!s) return;
          s.total++;
          const at = s.labels;
          run(() => metric().observe(at, value));
        },
        count: (labels = {}) => t.sum(labels),
      };
    },
    collectDefaults() {
      if (defaults) return;
      defaults = true;
      const r = load();
      prom!.collectDefaultMetrics({ register: r });
    },
    render: () => load().metrics(),
    get contentType() {
      return load().contentType;
    },
  };
}

/** Only the declared labels, each as a string: prom-client throws on an undeclared label name. */
function pick(labelNames: readonly string[], labels: Labels): Labels {
  const out: Labels = {};
  for (const k of labelNames) if (labels[k] !== undefined) out[k] = String(labels[k]);
  return out;
}
