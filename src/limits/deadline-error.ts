/** A guarded call ran past its per-request deadline; counts as an upstream failure for the breaker. */
export class DeadlineError extends Error {
  override name = "DeadlineError";
}
