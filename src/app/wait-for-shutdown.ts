/**
 * Resolves with the signal name on the first SIGINT or SIGTERM, then stops listening so a second
 * Ctrl-C during a slow drain gets Node's default behaviour (immediate exit).
 */
export function waitForShutdown(proc: Pick<NodeJS.Process, "once" | "off"> = process): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      proc.off("SIGINT", onSignal);
      proc.off("SIGTERM", onSignal);
      resolve(signal);
    };
    proc.once("SIGINT", onSignal);
    proc.once("SIGTERM", onSignal);
  });
}
