/** A prompt file is missing or unreadable; the app then stays offline. */
export class PromptLoadError extends Error {
  override name = "PromptLoadError";
}
