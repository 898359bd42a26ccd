/** A service the app needs was not provided by the composition root (shown to the user in Chinese). */
export class AppWiringError extends Error {
  override name = "AppWiringError";
}
