/** The corpus folder is missing, empty or unreadable; the message is Chinese and user-facing. */
export class CorpusError extends Error {
  override name = "CorpusError";
}
