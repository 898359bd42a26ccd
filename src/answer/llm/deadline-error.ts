/** The hard deadline around an LLM answer passed. */
export class DeadlineError extends Error {
  override name = "DeadlineError";
}
