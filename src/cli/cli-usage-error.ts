/** Bad command-line input; the message is Chinese and shown as is, exit code 2. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}
