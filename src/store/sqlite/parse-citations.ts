import { z } from "zod";
import { CitationSchema, type Citation } from "../../reply/reply-schema.js";

const CitationsSchema = z.array(CitationSchema);

/** Stored citations are our own JSON, but a hand-edited or damaged row must not break an export. */
export function parseCitations(json: string): Citation[] {
  try {
    const parsed = CitationsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
