/** Tracks replies being produced so shutdown can let them finish instead of cutting users off. */
export interface InFlight {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when nothing is pending, or after `timeoutMs` (a hung API call must not block exit). */
  drain(timeoutMs: number): Promise<void>;
  readonly size: number;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    run(task) {
      const p = task();
      pending.add(p);
      const forget = () => void pending.delete(p);
      p.then(forget, forget);
      return p;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.allSettled([...pending]).then(() => undefined), timeout]);
      clearTimeout(timer);
    },
    get size() {
      return pending.size;
    },
  };
}
