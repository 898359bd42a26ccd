import type { Citation } from "../reply/reply-schema.js";
import { formatMarker } from "./build-citation.js";

/**
 * The shape of every grounded answer: one direct sentence, then the supporting original text, each
 * quote followed by its clause marker. Quotes are the citations' own text, so what is shown is
 * exactly what was verified.
 */
export function renderAnswer(direct: string, citations: readonly Citation[]): string {
  if (citations.length === 0) return direct;
  const lines = citations.map((c) => `「${c.quote}」${formatMarker(c.label)}`);
  return `${direct}\n原文依据：\n${lines.join("\n")}`;
}
