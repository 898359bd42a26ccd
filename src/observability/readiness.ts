/** One transport's readiness switch, flipped by its connection events. */
export interface ReadinessSwitch {
  set(ready: boolean): void;
}

export interface ReadinessReport {
  /** True when every expected transport is ready (and the process is not shutting down). */
  ready: boolean;
  transports: Record<string, { ready: boolean }>;
}

/**
 * Whether the bot can take messages, per transport: the Slack socket is connected or its HTTP
 * listener is up, the Discord gateway session is ready. /healthz answers 503 until then, during a
 * reconnect and from the moment shutdown begins, so an orchestrator routes traffic only to a bot
 * that can answer.
 */
export interface Readiness {
  /** Names the transports `start` is about to start: each counts as not ready until it reports. */
  expect(names: readonly string[]): void;
  /** The switch for one transport (expected implicitly); it starts not ready. */
  track(name: string): ReadinessSwitch;
  /** Shutdown has begun: not ready from now on, whatever the transports report. */
  shutDown(): void;
  report(): ReadinessReport;
}

export function createReadiness(onChange?: (name: string, ready: boolean) => void): Readiness {
  const states = new Map<string, boolean>();
  let stopping = false;
  const set = (name: string, ready: boolean) => {
    if (states.get(name) === ready) return;
    states.set(name, ready);
    onChange?.(name, ready);
  };
  return {
    expect(names) {
      for (const n of names) if (!states.has(n)) set(n, false);
    },
    track(name) {
      if (!states.has(name)) set(name, false);
      return { set: (ready) => set(name, ready) };
    },
    shutDown() {
      stopping = true;
      for (const n of states.keys()) set(n, false);
    },
    report() {
      const transports = Object.fromEntries([...states].map(([n, ready]) => [n, { ready }]));
      // Nothing expected (a metrics server without `start`, as in tests): only shutdown makes it unready.
      const ready = !stopping && [...states.values()].every(Boolean);
      return { ready, transports };
    },
  };
}
