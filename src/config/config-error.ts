/** Invalid or missing configuration; the message is Chinese, names variables, never their values. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
